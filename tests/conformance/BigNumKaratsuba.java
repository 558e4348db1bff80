import java.math.BigInteger;

/** Products of numbers with thousands of digits (past the Karatsuba threshold) checked by division and modular residues. */
public class BigNumKaratsuba {
    static int residue(BigInteger v, int m) {
        return v.mod(BigInteger.valueOf(m)).intValue();
    }

    public static void main(String[] args) {
        BigInteger a = BigInteger.valueOf(3).pow(3000).add(BigInteger.valueOf(12345));
        BigInteger b = BigInteger.valueOf(7).pow(1800).subtract(BigInteger.ONE);
        BigInteger c = BigInteger.valueOf(11).pow(300);
        BigInteger[] xs = {a, b, c, a.negate(), b.shiftLeft(1000)};
        for (BigInteger x : xs) {
            for (BigInteger y : xs) {
                BigInteger p = x.multiply(y);
                boolean div = p.divide(y).equals(x) && p.remainder(y).signum() == 0;
                boolean res = residue(p, 1000000007) == (int) ((long) residue(x, 1000000007) * residue(y, 1000000007) % 1000000007);
                String s = p.toString();
                System.out.println(p.bitLength() + " bits, " + s.length() + " chars, head " + s.substring(0, 12)
                        + " tail " + s.substring(s.length() - 12) + " " + div + " " + res);
            }
        }
        BigInteger sq = a.multiply(a);
        System.out.println("square hash " + sq.hashCode() + " sqrt ok " + sq.sqrt().equals(a));
        BigInteger f = BigInteger.ONE;
        for (int i = 2; i <= 1200; i++) {
            f = f.multiply(BigInteger.valueOf(i));
        }
        String fs = f.toString();
        System.out.println("1200! digits " + fs.length() + " head " + fs.substring(0, 30) + " hash " + f.hashCode());
        BigInteger parsed = new BigInteger(fs);
        System.out.println("parse round trip " + parsed.equals(f));
    }
}
