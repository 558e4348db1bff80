/** -0.0 and infinities: arithmetic, printing, division, Math functions, bit patterns. */
public class NegativeZero {
    static double z(double x) {
        return x;
    }

    public static void main(String[] args) {
        double nz = z(-0.0);
        double pz = z(0.0);
        System.out.println("-0.0 prints " + nz + ", float " + (float) nz);
        System.out.println("1/-0.0 = " + (1 / nz) + ", 1/0.0 = " + (1 / pz));
        System.out.println("-0.0 == 0.0: " + (nz == pz) + ", compare " + Double.compare(nz, pz));
        System.out.println("0.0 - 0.0 = " + (pz - pz) + ", -0.0 + 0.0 = " + (nz + pz) + ", -0.0 + -0.0 = " + (nz + nz));
        System.out.println("-0.0 * 5 = " + (nz * 5) + ", 0.0 * -5 = " + (pz * -5) + ", -(0.0) = " + (-pz));
        System.out.println("bits -0.0 = " + Long.toHexString(Double.doubleToLongBits(nz)) + ", raw float "
            + Integer.toHexString(Float.floatToRawIntBits(-0.0f)));
        double inf = z(Double.POSITIVE_INFINITY);
        System.out.println("inf - inf = " + (inf - inf) + ", inf * 0 = " + (inf * 0) + ", inf / inf = " + (inf / inf));
        System.out.println("inf + 1 = " + (inf + 1) + ", -inf * -1 = " + (-inf * -1) + ", 1 / inf = " + (1 / inf)
            + ", -1 / inf = " + (-1 / inf));
        System.out.println("5 % 0.0 = " + (5 % pz) + ", 5.5 % 2 = " + (5.5 % 2) + ", -5.5 % 2 = " + (-5.5 % 2)
            + ", 5.5 % -2 = " + (5.5 % -2) + ", inf % 2 = " + (inf % 2) + ", 2 % inf = " + (2 % inf));
        System.out.println("Math.abs(-0.0) = " + Math.abs(nz) + ", sqrt(-0.0) = " + Math.sqrt(nz) + ", sqrt(-1) = "
            + Math.sqrt(-1));
        System.out.println("floor(-0.5) = " + Math.floor(-0.5) + ", ceil(-0.5) = " + Math.ceil(-0.5) + ", rint(-0.5) = "
            + Math.rint(-0.5) + ", round(-0.5) = " + Math.round(-0.5));
        System.out.println("signum(-0.0) = " + Math.signum(nz) + ", copySign(1, -0.0) = " + Math.copySign(1.0, nz));
        System.out.println("min(0.0, -0.0) = " + Math.min(pz, nz) + ", max = " + Math.max(nz, pz));
        System.out.println("(int) -0.0 = " + (int) nz + ", Double.valueOf(-0.0).hashCode() = "
            + Double.valueOf(nz).hashCode());
        float fz = -0.0f;
        System.out.println("float -0 / 1 = " + (fz / 1) + ", 1 / fz = " + (1 / fz) + ", float NaN "
            + (0.0f / 0.0f) + ", float inf % 3 = " + (Float.POSITIVE_INFINITY % 3f));
        System.out.println("string of -0.0 parse: " + Double.parseDouble("-0.0") + " " + Float.parseFloat("-0"));
    }
}
