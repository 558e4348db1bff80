/** Enum switches in several classes over the same enum (separate switch maps), including constants with bodies. */
public class EnumSwitchAcrossClasses {
    enum Dir {
        NORTH, EAST, SOUTH, WEST {
            @Override
            Dir opposite() {
                return EAST;
            }
        };

        Dir opposite() {
            return values()[(ordinal() + 2) % 4];
        }
    }

    static class Turtle {
        int x, y;

        void move(Dir d, int n) {
            switch (d) {
                case NORTH -> y += n;
                case SOUTH -> y -= n;
                case EAST -> x += n;
                case WEST -> x -= n;
            }
        }
    }

    static class Namer {
        static String name(Dir d) {
            switch (d) {
                case WEST:
                    return "w";
                case NORTH:
                    return "n";
                default:
                    return "?";
            }
        }
    }

    interface Rotator {
        static Dir right(Dir d) {
            return switch (d) {
                case NORTH -> Dir.EAST;
                case EAST -> Dir.SOUTH;
                case SOUTH -> Dir.WEST;
                case WEST -> Dir.NORTH;
            };
        }
    }

    public static void main(String[] args) {
        Turtle t = new Turtle();
        Dir d = Dir.NORTH;
        for (int i = 1; i <= 10; i++) {
            t.move(d, i);
            d = Rotator.right(d);
        }
        System.out.println("turtle at " + t.x + "," + t.y + " facing " + d);
        StringBuilder sb = new StringBuilder();
        for (Dir x : Dir.values()) {
            sb.append(x).append(':').append(Namer.name(x)).append(':').append(x.opposite()).append(':')
                .append(x.getClass() == Dir.class).append(' ');
        }
        System.out.println(sb);
    }
}
