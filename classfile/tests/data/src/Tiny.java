/** The smallest interesting class: one field, one method. */
class Tiny {
    int x;
    int get() { return x + 1; }
}
