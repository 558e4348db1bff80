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
        ("tanh", libm::tanh),
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
    natives.register("java/lang/Double", "doubleToRawLongBits", "(D)J", |_, _, a| long(Args(a).long(0)));
    natives.register("java/lang/Double", "longBitsToDouble", "(J)D", |_, _, a| long(Args(a).long(0)));
    natives.register("java/lang/Float", "floatToRawIntBits", "(F)I", |_, _, a| int(Args(a).float(0).to_bits() as i32));
    natives.register("java/lang/Float", "intBitsToFloat", "(I)F", |_, _, a| int(Args(a).int(0)));
}
