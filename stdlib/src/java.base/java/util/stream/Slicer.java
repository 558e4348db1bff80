package java.util.stream;

/**
 * The sinks of {@code limit} and {@code skip}, shared by the four stream shapes: they only count elements and
 * forward them unchanged, so one sink serves objects and primitives alike. {@code limit} asks for cancellation
 * once it has passed its last element, so the source stops before producing another.
 */
final class Slicer {
    private Slicer() {
    }

    /** Passes on at most {@code max} elements. */
    static Sink limit(Sink d, long max) {
        return new Sink.Chained(d) {
            private long left = max;

            @Override
            public void accept(Object t) {
                if (left > 0) {
                    left--;
                    down.accept(t);
                }
            }

            @Override
            public void accept(int v) {
                if (left > 0) {
                    left--;
                    down.accept(v);
                }
            }

            @Override
            public void accept(long v) {
                if (left > 0) {
                    left--;
                    down.accept(v);
                }
            }

            @Override
            public void accept(double v) {
                if (left > 0) {
                    left--;
                    down.accept(v);
                }
            }

            @Override
            boolean cancellationRequested() {
                return left == 0 || down.cancellationRequested();
            }

            @Override
            boolean shortCircuits() {
                return true;
            }
        };
    }

    /** Drops the first {@code n} elements. */
    static Sink skip(Sink d, long n) {
        return new Sink.Chained(d) {
            private long toSkip = n;

            @Override
            public void accept(Object t) {
                if (toSkip > 0) {
                    toSkip--;
                } else {
                    down.accept(t);
                }
            }

            @Override
            public void accept(int v) {
                if (toSkip > 0) {
                    toSkip--;
                } else {
                    down.accept(v);
                }
            }

            @Override
            public void accept(long v) {
                if (toSkip > 0) {
                    toSkip--;
                } else {
                    down.accept(v);
                }
            }

            @Override
            public void accept(double v) {
                if (toSkip > 0) {
                    toSkip--;
                } else {
                    down.accept(v);
                }
            }
        };
    }

    /** Passes on every element unchanged but tells the stream when it has stopped (close-free forwarding). */
    static Sink forward(Sink d) {
        return new Sink.Chained(d) {
            @Override
            public void accept(Object t) {
                down.accept(t);
            }

            @Override
            public void accept(int v) {
                down.accept(v);
            }

            @Override
            public void accept(long v) {
                down.accept(v);
            }

            @Override
            public void accept(double v) {
                down.accept(v);
            }

            @Override
            void end() {
                // the inner stream of a flatMap ends; the outer stream goes on
            }
        };
    }
}
