import RealModule

/// Tail probabilities of the distributions the A/B tests need, from the special functions:
/// the normal through `erfc`, chi-square through the regularized incomplete gamma function,
/// Student's t through the regularized incomplete beta function. Checked against scipy to
/// 1e-9 in the tests.
enum Distributions {
    /// P(|Z| ≥ |z|) for a standard normal Z.
    static func normalTwoSided(_ z: Double) -> Double {
        Double.erfc(abs(z) / 2.0.squareRoot())
    }

    /// The standard normal quantile, by Acklam's rational approximation refined with one
    /// Halley step (error below 1e-12), for confidence intervals and sample sizes.
    static func normalQuantile(_ p: Double) -> Double {
        precondition(p > 0 && p < 1)
        let a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.3577518672690, -30.66479806614716, 2.506628277459239]
        let b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572]
        let c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783]
        let d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416]
        let low = 0.02425
        var x: Double
        if p < low {
            let q = (-2 * Double.log(p)).squareRoot()
            x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
        } else if p <= 1 - low {
            let q = p - 0.5, r = q * q
            x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
        } else {
            let q = (-2 * Double.log(1 - p)).squareRoot()
            x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
        }
        // One Halley step on Φ(x) − p.
        let e = 0.5 * Double.erfc(-x / 2.0.squareRoot()) - p
        let u = e * (2 * Double.pi).squareRoot() * Double.exp(x * x / 2)
        x -= u / (1 + x * u / 2)
        return x
    }

    /// P(X ≥ x) for chi-square with `df` degrees of freedom: Q(df/2, x/2).
    static func chiSquareSurvival(_ x: Double, df: Double) -> Double {
        x <= 0 ? 1 : regularizedGammaQ(df / 2, x / 2)
    }

    /// P(|T| ≥ |t|) for Student's t with `df` degrees of freedom: I_{df/(df+t²)}(df/2, 1/2).
    static func studentTwoSided(_ t: Double, df: Double) -> Double {
        regularizedBeta(df / (df + t * t), df / 2, 0.5)
    }

    /// Q(a, x) = Γ(a, x) / Γ(a): a series below a + 1, a continued fraction above.
    static func regularizedGammaQ(_ a: Double, _ x: Double) -> Double {
        let prefix = Double.exp(-x + a * Double.log(x) - Double.logGamma(a))
        if x < a + 1 {
            var term = 1 / a, sum = term, n = a
            for _ in 0..<10_000 {
                n += 1
                term *= x / n
                sum += term
                if abs(term) < abs(sum) * 1e-16 { break }
            }
            return max(0, 1 - sum * prefix)
        }
        // Lentz's method for the continued fraction of Γ(a, x).
        let tiny = 1e-300
        var b = x + 1 - a, c = 1 / tiny, d = 1 / b, h = d
        for i in 1..<10_000 {
            let an = -Double(i) * (Double(i) - a)
            b += 2
            d = an * d + b
            if abs(d) < tiny { d = tiny }
            c = b + an / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) < 1e-16 { break }
        }
        return prefix * h
    }

    /// I_x(a, b), by its continued fraction (using the symmetry I_x(a,b) = 1 − I_{1−x}(b,a)
    /// where that converges faster).
    static func regularizedBeta(_ x: Double, _ a: Double, _ b: Double) -> Double {
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        let front = Double.exp(Double.logGamma(a + b) - Double.logGamma(a) - Double.logGamma(b)
                               + a * Double.log(x) + b * Double.log(1 - x))
        if x < (a + 1) / (a + b + 2) { return front * betaFraction(x, a, b) / a }
        return 1 - front * betaFraction(1 - x, b, a) / b
    }

    private static func betaFraction(_ x: Double, _ a: Double, _ b: Double) -> Double {
        let tiny = 1e-300
        var c = 1.0, d = 1 - (a + b) * x / (a + 1)
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        for m in 1..<10_000 {
            let m = Double(m), m2 = 2 * m
            var aa = m * (b - m) * x / ((a + m2 - 1) * (a + m2))
            d = 1 + aa * d; if abs(d) < tiny { d = tiny }
            c = 1 + aa / c; if abs(c) < tiny { c = tiny }
            d = 1 / d
            h *= d * c
            aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1))
            d = 1 + aa * d; if abs(d) < tiny { d = tiny }
            c = 1 + aa / c; if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) < 1e-16 { break }
        }
        return h
    }
}
