import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.RecursiveTask;
import java.util.stream.LongStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A CPU-bound parallel workload for benches/parallel.py: the sum of a 64-round integer mix over 0..n-1, computed
 * sequentially ({@code seq}), by a RecursiveTask on a ForkJoinPool with one worker per processor ({@code fj}), by a
 * parallel LongStream on the common pool ({@code stream}) and by a fixed thread pool over equal chunks
 * ({@code pool}). Every mode prints the same checksum. Usage: {@code ParallelWork MODE N}.
 */
public class ParallelWork {
    static long mix(long x) {
        long h = x * 0x9E3779B97F4A7C15L;
        for (int r = 0; r < 64; r++) {
            h ^= h >>> 29;
            h *= 0xBF58476D1CE4E5B9L;
            h ^= h >>> 32;
        }
        return h & 0xFFFF;
    }

    static long range(long from, long to) {
        long s = 0;
        for (long i = from; i < to; i++) {
            s += mix(i);
        }
        return s;
    }

    static final class Part extends RecursiveTask<Long> {
        final long from;
        final long to;

        Part(long from, long to) {
            this.from = from;
            this.to = to;
        }

        @Override
        protected Long compute() {
            if (to - from <= 20_000) {
                return range(from, to);
            }
            long mid = (from + to) >>> 1;
            Part left = new Part(from, mid);
            left.fork();
            long right = new Part(mid, to).compute();
            return left.join() + right;
        }
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        long n = Long.parseLong(args[1]);
        int cpus = Runtime.getRuntime().availableProcessors();
        long sum;
        switch (mode) {
            case "seq":
                sum = range(0, n);
                break;
            case "fj": {
                ForkJoinPool pool = new ForkJoinPool(cpus);
                sum = pool.invoke(new Part(0, n));
                pool.shutdown();
                break;
            }
            case "stream":
                sum = LongStream.range(0, n).parallel().map(ParallelWork::mix).sum();
                break;
            case "pool": {
                ExecutorService pool = Executors.newFixedThreadPool(cpus);
                List<Future<Long>> parts = new ArrayList<>();
                int chunks = cpus * 8;
                for (int c = 0; c < chunks; c++) {
                    long from = n * c / chunks;
                    long to = n * (c + 1) / chunks;
                    parts.add(pool.submit(() -> range(from, to)));
                }
                sum = 0;
                for (Future<Long> f : parts) {
                    sum += f.get();
                }
                pool.shutdown();
                break;
            }
            default:
                throw new IllegalArgumentException("mode: seq, fj, stream or pool");
        }
        System.out.println("checksum " + sum);
    }
}
