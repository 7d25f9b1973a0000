import PlanModel

extension MSProjectExporter {
    /// `<Name>value</Name>` on its own indented line, or inline.
    func field(_ name: String, _ value: String, _ indent: Int = 2, inline: Bool = false) -> String {
        let element = "<\(name)>\(XMLText.escape(value))</\(name)>"
        return inline ? element : String(repeating: " ", count: indent) + element + "\n"
    }

    static let workingTimes = "<WorkingTimes><WorkingTime><FromTime>09:00:00</FromTime><ToTime>13:00:00</ToTime></WorkingTime>"
        + "<WorkingTime><FromTime>14:00:00</FromTime><ToTime>18:00:00</ToTime></WorkingTime></WorkingTimes>"

    /// The start (09:00) or the end (18:00) of a working day.
    static func time(_ date: CivilDate, start: Bool) -> String {
        "\(date)T\(start ? "09:00:00" : "18:00:00")"
    }

    /// A duration of working days as MSPDI writes it: `PT24H0M0S` for three days.
    static func duration(days: Int) -> String {
        "PT\(days * 8)H0M0S"
    }

    static func hours(_ value: Double) -> String {
        let minutes = Int((value * 60).rounded())
        return "PT\(minutes / 60)H\(minutes % 60)M0S"
    }

    static func units(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }
}
