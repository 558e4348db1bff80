import java.math.BigInteger;

/** hashCode, equals, compareTo, min/max and signum of BigIntegers, and the shared instances valueOf returns. */
public class BigNumHashEquals {
    public static void main(String[] args) {
        BigInteger v = BigInteger.ONE;
        for (int i = 0; i < 60; i++) {
            System.out.println(v + " hash " + v.hashCode() + " neg hash " + v.negate().hashCode());
            v = v.multiply(BigInteger.valueOf(-37)).add(BigInteger.valueOf(i * 1000003L));
        }
        System.out.println("valueOf(1) == ONE: " + (BigInteger.valueOf(1) == BigInteger.ONE));
        System.out.println("valueOf(0) == ZERO: " + (BigInteger.valueOf(0) == BigInteger.ZERO));
        System.out.println("valueOf(2) == TWO: " + (BigInteger.valueOf(2) == BigInteger.TWO));
        System.out.println("valueOf(10) == TEN: " + (BigInteger.valueOf(10) == BigInteger.TEN));
        System.out.println("valueOf(16) same: " + (BigInteger.valueOf(16) == BigInteger.valueOf(16)));
        System.out.println("valueOf(-16) same: " + (BigInteger.valueOf(-16) == BigInteger.valueOf(-16)));
        System.out.println("valueOf(17) same: " + (BigInteger.valueOf(17) == BigInteger.valueOf(17)));
        BigInteger a = new BigInteger("1000000000000000000000");
        BigInteger b = new BigInteger("999999999999999999999");
        System.out.println(a.compareTo(b) + " " + b.compareTo(a) + " " + a.compareTo(a) + " " + a.negate().compareTo(b.negate()));
        System.out.println(a.equals(b.add(BigInteger.ONE)) + " " + a.equals("1000000000000000000000") + " " + a.equals(null));
        System.out.println(a.min(b) + " " + a.max(b) + " " + a.negate().min(b) + " " + a.negate().max(b.negate()));
        System.out.println(a.signum() + " " + a.negate().signum() + " " + BigInteger.ZERO.signum() + " " + a.abs() + " " + a.negate().abs());
        System.out.println(BigInteger.ZERO.hashCode() + " " + BigInteger.ONE.hashCode() + " " + BigInteger.valueOf(-1).hashCode());
        System.out.println(BigInteger.valueOf(Long.MIN_VALUE).hashCode() + " " + BigInteger.valueOf(Long.MAX_VALUE).hashCode());
    }
}
