import java.math.BigInteger;

/** ArithmeticException messages of BigInteger: division by zero, bad moduli, negative exponents and bit addresses. */
public class BigNumArithErrors {
    interface Op {
        Object run();
    }

    static void attempt(String what, Op op) {
        try {
            System.out.println(what + " = " + op.run());
        } catch (ArithmeticException e) {
            System.out.println(what + " threw " + e);
        }
    }

    public static void main(String[] args) {
        BigInteger a = new BigInteger("123456789012345678901234567890");
        BigInteger z = BigInteger.ZERO;
        attempt("divide 0", () -> a.divide(z));
        attempt("remainder 0", () -> a.remainder(z));
        attempt("divideAndRemainder 0", () -> a.divideAndRemainder(z));
        attempt("mod 0", () -> a.mod(z));
        attempt("mod -5", () -> a.mod(BigInteger.valueOf(-5)));
        attempt("modPow mod -1", () -> a.modPow(BigInteger.ONE, BigInteger.valueOf(-1)));
        attempt("modInverse not coprime", () -> BigInteger.valueOf(6).modInverse(BigInteger.valueOf(9)));
        attempt("modInverse mod 0", () -> a.modInverse(z));
        attempt("modPow negative exponent, no inverse", () -> BigInteger.TWO.modPow(BigInteger.valueOf(-3), BigInteger.TEN));
        attempt("pow -1", () -> a.pow(-1));
        attempt("sqrt negative", () -> a.negate().sqrt());
        attempt("setBit -1", () -> a.setBit(-1));
        attempt("testBit -5", () -> a.testBit(-5));
        attempt("clearBit -2", () -> a.clearBit(-2));
        attempt("flipBit -3", () -> a.flipBit(-3));
        attempt("intValueExact", () -> a.intValueExact());
        attempt("longValueExact", () -> a.longValueExact());
        attempt("shortValueExact", () -> BigInteger.valueOf(40000).shortValueExact());
        attempt("byteValueExact", () -> BigInteger.valueOf(-129).byteValueExact());
        attempt("byteValueExact ok", () -> BigInteger.valueOf(-128).byteValueExact());
        attempt("longValueExact ok", () -> BigInteger.valueOf(Long.MIN_VALUE).longValueExact());
        attempt("nextProbablePrime negative", () -> BigInteger.valueOf(-10).nextProbablePrime());
        attempt("0 / 5", () -> z.divide(BigInteger.valueOf(5)));
        attempt("0 pow 0", () -> z.pow(0));
    }
}
