//! `StrictMath`'s transcendental functions and the float/double bit conversions.
//!
//! `StrictMath` is specified as fdlibm's results; the `libm` crate is a port of the same algorithms (by way
//! of musl), which is why it is a dependency rather than the platform's libm.

use rt::NativeRegistry;

use super::{Args, int, long};

/// A named `double -> double` function.
type Unary = (&'static str, fn(f64) -> f64);
/// A named `(double, double) -> double` function.
type Binary = (&'static str, fn(f64, f64) -> f64);

pub(super) fn register(natives: &mut NativeRegistry) {
    let unary: [Unary; 15] = [
        ("sin", libm::sin),
        ("cos", libm::cos),
        ("tan", libm::tan),
        ("asin", libm::asin),
        ("acos", libm::acos),
        ("atan", libm::atan),
        ("exp", libm::exp),
        ("log", libm::log),
        ("log10", libm::log10),
        ("sqrt", f64::sqrt),
        ("cbrt", libm::cbrt),
        ("sinh", libm::sinh),
        ("cosh", libm::cosh),
        // musl rewrote tanh; the platform's agrees with fdlibm's results where musl's does not.
        ("tanh", f64::tanh),
        ("expm1", libm::expm1),
    ];
    for (name, f) in unary {
        natives.register("java/lang/StrictMath", name, "(D)D", move |_, _, a| Ok(f(Args(a).double(0)).to_bits()));
    }
    natives.register("java/lang/StrictMath", "log1p", "(D)D", |_, _, a| Ok(libm::log1p(Args(a).double(0)).to_bits()));
    let binary: [Binary; 4] = [
        ("atan2", libm::atan2),
        ("pow", libm::pow),
        ("IEEEremainder", libm::remainder),
        ("hypot", libm::hypot),
    ];
    for (name, f) in binary {
        natives.register("java/lang/StrictMath", name, "(DD)D", move |_, _, a| {
            let a = Args(a);
            Ok(f(a.double(0), a.double(2)).to_bits())
        });
    }
    // `Math`'s own versions of the functions HotSpot implements with its intrinsic stubs rather than fdlibm.
    // Those stubs are (nearly) correctly rounded, as the platform's libm is, so `Math.exp(1.0)` prints
    // `2.718281828459045` where `StrictMath.exp(1.0)` prints fdlibm's `2.7182818284590455`.
    let intrinsics: [Unary; 5] =
        [("sin", f64::sin), ("cos", f64::cos), ("tan", f64::tan), ("exp", f64::exp), ("log", f64::ln)];
    for (name, f) in intrinsics {
        natives.register("java/lang/Math", name, "(D)D", move |_, _, a| Ok(f(Args(a).double(0)).to_bits()));
    }
    natives.register("java/lang/Math", "pow", "(DD)D", |_, _, a| {
        let a = Args(a);
        Ok(java_pow(a.double(0), a.double(2)).to_bits())
    });
    natives.register("java/lang/Math", "fma", "(DDD)D", |_, _, a| {
        let a = Args(a);
        Ok(a.double(0).mul_add(a.double(2), a.double(4)).to_bits())
    });
    natives.register("java/lang/Double", "doubleToRawLongBits", "(D)J", |_, _, a| long(Args(a).long(0)));
    natives.register("java/lang/Double", "longBitsToDouble", "(J)D", |_, _, a| long(Args(a).long(0)));
    natives.register("java/lang/Float", "floatToRawIntBits", "(F)I", |_, _, a| int(Args(a).float(0).to_bits() as i32));
    natives.register("java/lang/Float", "intBitsToFloat", "(I)F", |_, _, a| int(Args(a).int(0)));
}

/// `Math.pow` with Java's special cases where C's `pow` differs: `pow(x, NaN)` and `pow(1, ±inf)`, `pow(±1,
/// NaN)` are NaN in Java, while C gives 1 for a base of 1.
fn java_pow(base: f64, exponent: f64) -> f64 {
    if exponent.is_nan() || (base.is_nan() && exponent != 0.0) {
        return f64::NAN;
    }
    if base.abs() == 1.0 && exponent.is_infinite() {
        return f64::NAN;
    }
    base.powf(exponent)
}
