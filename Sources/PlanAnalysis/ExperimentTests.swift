/// The A/B tests of a review (A/B对照法和假设检验): did the new poster or coupon really move
/// the metric, or is it noise?
public enum ExperimentTests {
    /// A variant's result for a rate metric: successes out of trials (orders out of visitors).
    public struct Counts: Sendable, Equatable {
        public var variant: String
        public var successes: Double
        public var trials: Double

        public init(variant: String, successes: Double, trials: Double) {
            self.variant = variant
            self.successes = successes
            self.trials = trials
        }

        public var rate: Double { trials > 0 ? successes / trials : 0 }
    }

    /// A variant's result for a mean metric (average order value): mean, standard deviation, size.
    public struct Sample: Sendable, Equatable {
        public var variant: String
        public var mean: Double
        public var standardDeviation: Double
        public var size: Double

        public init(variant: String, mean: Double, standardDeviation: Double, size: Double) {
            self.variant = variant
            self.mean = mean
            self.standardDeviation = standardDeviation
            self.size = size
        }
    }

    public struct Result: Sendable, Equatable {
        /// `two-proportion z`, `chi-square` or `welch t`.
        public var test: String
        public var statistic: Double
        public var degreesOfFreedom: Double?
        public var pValue: Double
        /// Treatment minus control, and its 95% interval (Wald for rates, Welch for means).
        public var difference: Double?
        public var ciLow: Double?
        public var ciHigh: Double?
        /// Relative lift of the treatment over the control.
        public var lift: Double?
        /// What weakens the test (power, small counts), as values the reports word per language.
        public var caveats: [ReviewNote]
        /// The caveats in English (the JSON contract and the terminal).
        public var notes: [String] { caveats.map { $0.text(.en) } }
    }

    static let z975 = 1.959963984540054

    /// Two-sided pooled two-proportion z-test, with the 95% Wald interval of the difference.
    /// The first variant is the control.
    public static func twoProportion(control: Counts, treatment: Counts) -> Result? {
        guard control.trials > 0, treatment.trials > 0 else { return nil }
        let p1 = control.rate, p2 = treatment.rate
        let pooled = (control.successes + treatment.successes) / (control.trials + treatment.trials)
        let se = (pooled * (1 - pooled) * (1 / control.trials + 1 / treatment.trials)).squareRoot()
        guard se > 0 else { return nil }
        let z = (p2 - p1) / se
        let wald = (p1 * (1 - p1) / control.trials + p2 * (1 - p2) / treatment.trials).squareRoot()
        var notes: [ReviewNote] = []
        if let note = sampleSizeNote(p1: p1, p2: p2, n1: control.trials, n2: treatment.trials) { notes.append(note) }
        if [control.successes, control.trials - control.successes, treatment.successes, treatment.trials - treatment.successes].contains(where: { $0 < 5 }) {
            notes.append(.fewSuccessesOrFailures)
        }
        return Result(test: "two-proportion z", statistic: z, degreesOfFreedom: nil, pValue: Distributions.normalTwoSided(z),
                      difference: p2 - p1, ciLow: p2 - p1 - z975 * wald, ciHigh: p2 - p1 + z975 * wald,
                      lift: p1 > 0 ? (p2 - p1) / p1 : nil, caveats: notes)
    }

    /// Pearson's chi-square test of independence over several variants, no continuity correction.
    public static func chiSquare(_ variants: [Counts]) -> Result? {
        guard variants.count >= 2 else { return nil }
        let total = variants.reduce(0) { $0 + $1.trials }
        let successes = variants.reduce(0) { $0 + $1.successes }
        guard total > 0, successes > 0, successes < total else { return nil }
        var chi2 = 0.0
        var smallExpected = false
        for variant in variants {
            for (observed, share) in [(variant.successes, successes / total), (variant.trials - variant.successes, 1 - successes / total)] {
                let expected = variant.trials * share
                guard expected > 0 else { return nil }
                if expected < 5 { smallExpected = true }
                chi2 += (observed - expected) * (observed - expected) / expected
            }
        }
        let df = Double(variants.count - 1)
        return Result(test: "chi-square", statistic: chi2, degreesOfFreedom: df, pValue: Distributions.chiSquareSurvival(chi2, df: df),
                      difference: nil, ciLow: nil, ciHigh: nil, lift: nil,
                      caveats: smallExpected ? [.smallExpectedCount] : [])
    }

    /// Welch's unequal-variances t-test on means; the first sample is the control.
    public static func welch(control: Sample, treatment: Sample) -> Result? {
        guard control.size > 1, treatment.size > 1 else { return nil }
        let v1 = control.standardDeviation * control.standardDeviation / control.size
        let v2 = treatment.standardDeviation * treatment.standardDeviation / treatment.size
        guard v1 + v2 > 0 else { return nil }
        let t = (treatment.mean - control.mean) / (v1 + v2).squareRoot()
        let df = (v1 + v2) * (v1 + v2) / (v1 * v1 / (control.size - 1) + v2 * v2 / (treatment.size - 1))
        let p = Distributions.studentTwoSided(t, df: df)
        // The interval uses the t quantile, found by bisection on the two-sided p-value.
        var low = 0.0, high = 100.0
        for _ in 0..<200 {
            let mid = (low + high) / 2
            if Distributions.studentTwoSided(mid, df: df) > 0.05 { low = mid } else { high = mid }
        }
        let half = (low + high) / 2 * (v1 + v2).squareRoot()
        let difference = treatment.mean - control.mean
        var notes: [ReviewNote] = []
        if difference != 0 {
            // Per-variant size for 80% power at the 5% level, normal approximation. With a
            // tiny difference or a huge spread it is beyond any Int: the note then says
            // "more than 10⁹" instead of trapping.
            let spread = control.standardDeviation * control.standardDeviation + treatment.standardDeviation * treatment.standardDeviation
            let needed = (z975 + 0.8416212335729143) * (z975 + 0.8416212335729143) * spread / (difference * difference)
            let have = min(control.size, treatment.size)
            if !(have >= needed) {
                notes.append(.sampleTooSmall(needed: ReviewNote.count(needed), have: ReviewNote.count(have, rounding: .down)))
            }
        }
        if min(control.size, treatment.size) < 30 {
            notes.append(.fewerThan30)
        }
        return Result(test: "welch t", statistic: t, degreesOfFreedom: df, pValue: p, difference: difference,
                      ciLow: difference - half, ciHigh: difference + half,
                      lift: control.mean != 0 ? difference / control.mean : nil, caveats: notes)
    }

    /// When the sample had less than 80% power to detect the observed difference at the 5%
    /// level, how many per variant it would take.
    /// With nearly equal rates (17,143 of 40,000 against 17,146 of 40,007) the size needed is
    /// about 10¹³ — beyond the 10⁹ a note states exactly, so it says "more than 10⁹".
    static func sampleSizeNote(p1: Double, p2: Double, n1: Double, n2: Double) -> ReviewNote? {
        let difference = abs(p2 - p1)
        guard difference > 0 else { return nil }
        let variance = p1 * (1 - p1) + p2 * (1 - p2)
        let needed = (z975 + 0.8416212335729143) * (z975 + 0.8416212335729143) * variance / (difference * difference)
        let have = min(n1, n2)
        guard !(have >= needed) else { return nil }
        return .sampleTooSmall(needed: ReviewNote.count(needed), have: ReviewNote.count(have, rounding: .down))
    }
}
