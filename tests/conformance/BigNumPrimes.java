import java.math.BigInteger;

/** isProbablePrime and nextProbablePrime: counts below 2000, Mersenne exponents, known large primes and composites. */
public class BigNumPrimes {
    public static void main(String[] args) {
        int count = 0;
        for (int i = -10; i < 2000; i++) {
            if (BigInteger.valueOf(i).isProbablePrime(50)) {
                count++;
            }
        }
        System.out.println("primes below 2000: " + count);
        StringBuilder mersenne = new StringBuilder();
        for (int p = 2; p <= 130; p++) {
            if (BigInteger.ONE.shiftLeft(p).subtract(BigInteger.ONE).isProbablePrime(40)) {
                mersenne.append(p).append(' ');
            }
        }
        System.out.println("Mersenne exponents: " + mersenne);
        BigInteger p = BigInteger.ONE;
        StringBuilder chain = new StringBuilder();
        for (int i = 0; i < 25; i++) {
            p = p.nextProbablePrime();
            chain.append(p).append(' ');
        }
        System.out.println(chain);
        BigInteger start = BigInteger.TEN.pow(20);
        for (int i = 0; i < 3; i++) {
            start = start.nextProbablePrime();
            System.out.println("next prime: " + start);
        }
        String[] composites = {"561", "1105", "1729", "2465", "3215031751", "3825123056546413051",
            "318665857834031151167461", "3317044064679887385961981"};
        for (String c : composites) {
            System.out.println(c + " prime? " + new BigInteger(c).isProbablePrime(100));
        }
        System.out.println("2^127-1 prime? " + BigInteger.ONE.shiftLeft(127).subtract(BigInteger.ONE).isProbablePrime(20));
        System.out.println("certainty 0: " + BigInteger.valueOf(4).isProbablePrime(0) + " negative prime: " + BigInteger.valueOf(-7).isProbablePrime(10));
        System.out.println(BigInteger.ZERO.nextProbablePrime() + " " + BigInteger.TWO.nextProbablePrime() + " " + BigInteger.valueOf(89).nextProbablePrime());
    }
}
