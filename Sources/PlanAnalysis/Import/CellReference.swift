/// A cell's place on a sheet, zero-based, within Excel's limits (rows 1…1,048,576, columns
/// A…XFD); written `C7` in messages.
struct CellReference: Equatable, CustomStringConvertible {
    var row: Int
    var column: Int

    enum Problem: Error, Equatable {
        /// Not letters then digits.
        case malformed
        /// A row past 1,048,576 or a column past XFD.
        case beyondLimits
    }

    init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// Parses `BC12` (→ row 11, column 54). Digits and letters are counted only up to the
    /// limits, so no reference can overflow.
    init(parsing reference: some StringProtocol) throws(Problem) {
        var column = 0, row = 0, sawDigit = false, beyond = false
        for scalar in reference.unicodeScalars {
            switch scalar.value {
            case 0x41...0x5A where !sawDigit:
                if !beyond { column = column * 26 + Int(scalar.value - 0x40) }
                if column > XLSXLimits.maxColumns { beyond = true }
            case 0x30...0x39:
                if !beyond { row = row * 10 + Int(scalar.value - 0x30) }
                if row > XLSXLimits.maxRows { beyond = true }
                sawDigit = true
            default: throw .malformed
            }
        }
        guard column > 0, sawDigit else { throw .malformed }
        if beyond { throw .beyondLimits }
        guard row > 0 else { throw .malformed }
        self.row = row - 1
        self.column = column - 1
    }

    /// Column letters: 0 → A, 25 → Z, 26 → AA.
    static func letters(_ column: Int) -> String {
        var letters: [Character] = [], rest = column + 1
        while rest > 0 {
            let digit = (rest - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + digit))))
            rest = (rest - 1) / 26
        }
        return String(letters.reversed())
    }

    var description: String { "\(Self.letters(column))\(row + 1)" }
}
