/** A small class for a cold Checkstyle run. */
public final class Small {

    private final int value;

    /** @param value the value */
    public Small(int value) {
        this.value = value;
    }

    /** @return the value, doubled */
    public int twice() {
        return value * 2;
    }
}
