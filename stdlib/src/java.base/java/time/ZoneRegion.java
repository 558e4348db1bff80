package java.time;

/**
 * A region zone ID with its rules. Without a time-zone database Cortado's regions are the fixed-offset ones:
 * the {@code UTC}/{@code GMT}/{@code UT} prefixes and the {@code Etc} zones of the tz database.
 */
final class ZoneRegion extends ZoneId {
    private static final long serialVersionUID = 1L;

    private final String id;
    private final ZoneOffset offset;

    ZoneRegion(String id, ZoneOffset offset) {
        this.id = id;
        this.offset = offset;
    }

    /** The region {@code id}, checked for the region ID syntax, or the unknown-zone failure. */
    static ZoneRegion ofRegion(String id) {
        if (!validSyntax(id)) {
            throw new DateTimeException("Invalid ID for region-based ZoneId, invalid format: " + id);
        }
        ZoneOffset fixed = fixedOffset(id);
        if (fixed == null) {
            throw new java.time.zone.ZoneRulesException("Unknown time-zone ID: " + id);
        }
        return new ZoneRegion(id, fixed);
    }

    /** A letter, then at least one of letters, digits and {@code ~/._+-}. */
    private static boolean validSyntax(String id) {
        if (id.length() < 2 || !isLetter(id.charAt(0))) {
            return false;
        }
        for (int i = 1; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!isLetter(c) && !(c >= '0' && c <= '9') && "~/._+-".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static final String[] UTC_ALIASES = {"Etc/UTC", "Etc/UCT", "Etc/Universal", "Etc/Zulu", "Etc/GMT",
        "Etc/GMT0", "Etc/GMT+0", "Etc/GMT-0", "Etc/Greenwich", "GMT0", "UCT", "Universal", "Zulu", "Greenwich"};

    /** The offset of a tz-database zone that never changes, or null. {@code Etc/GMT+5} is five hours behind. */
    private static ZoneOffset fixedOffset(String id) {
        for (String alias : UTC_ALIASES) {
            if (alias.equals(id)) {
                return ZoneOffset.UTC;
            }
        }
        if (id.startsWith("Etc/GMT+") || id.startsWith("Etc/GMT-")) {
            String digits = id.substring(8);
            if (digits.length() < 1 || digits.length() > 2 || (digits.length() == 2 && digits.charAt(0) == '0')) {
                return null;
            }
            for (int i = 0; i < digits.length(); i++) {
                if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                    return null;
                }
            }
            int hours = Integer.parseInt(digits);
            boolean behind = id.charAt(7) == '+';
            if (hours > (behind ? 12 : 14)) {
                return null;
            }
            return ZoneOffset.ofHours(behind ? -hours : hours);
        }
        return null;
    }

    static java.util.Set<String> availableIds() {
        java.util.Set<String> ids = new java.util.HashSet<String>();
        for (String alias : UTC_ALIASES) {
            ids.add(alias);
        }
        for (int h = 1; h <= 14; h++) {
            if (h <= 12) {
                ids.add("Etc/GMT+" + h);
            }
            ids.add("Etc/GMT-" + h);
        }
        return ids;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public java.time.zone.ZoneRules getRules() {
        return java.time.zone.ZoneRules.of(offset);
    }
}
