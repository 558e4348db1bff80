package java.util;

/**
 * A minimal locale: a language and a country code. Cortado formats every locale like {@link #ROOT} (decimal
 * point {@code .}, grouping separator {@code ,}, ASCII digits), which is also what {@code Locale.US} does.
 */
public final class Locale implements Cloneable, java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** The root locale: no language, no country. */
    public static final Locale ROOT = new Locale("", "");
    /** English. */
    public static final Locale ENGLISH = new Locale("en", "");
    /** English, United States. */
    public static final Locale US = new Locale("en", "US");
    /** English, United Kingdom. */
    public static final Locale UK = new Locale("en", "GB");

    private static Locale defaultLocale = US;

    private final String language;
    private final String country;

    /** A locale of the given language and country (codes as given, language lower-cased). */
    public Locale(String language, String country) {
        if (language == null || country == null) {
            throw new NullPointerException();
        }
        this.language = language.toLowerCase();
        this.country = country.toUpperCase();
    }

    /** A locale of the given language. */
    public Locale(String language) {
        this(language, "");
    }

    /** The default locale ({@link #US} unless set). */
    public static Locale getDefault() {
        return defaultLocale;
    }

    /** Sets the default locale. */
    public static synchronized void setDefault(Locale newLocale) {
        if (newLocale == null) {
            throw new NullPointerException("Can't set default locale to NULL");
        }
        defaultLocale = newLocale;
    }

    /** The language code, lower case, or empty. */
    public String getLanguage() {
        return language;
    }

    /** The country code, upper case, or empty. */
    public String getCountry() {
        return country;
    }

    /** {@code en_US}, {@code en}, {@code _US} or empty, as Java prints it. */
    @Override
    public String toString() {
        if (country.isEmpty()) {
            return language;
        }
        return new StringBuilder().append(language).append('_').append(country).toString();
    }

    /** The IETF tag: {@code en-US}, {@code und} for the root locale. */
    public String toLanguageTag() {
        if (language.isEmpty() && country.isEmpty()) {
            return "und";
        }
        StringBuilder sb = new StringBuilder().append(language.isEmpty() ? "und" : language);
        if (!country.isEmpty()) {
            sb.append('-').append(country);
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof Locale)) {
            return false;
        }
        Locale o = (Locale) obj;
        return language.equals(o.language) && country.equals(o.country);
    }

    @Override
    public int hashCode() {
        return language.hashCode() * 31 + country.hashCode();
    }

    @Override
    public Object clone() {
        return this;
    }
}
