package nl.regiekit.genogram;

/** The support a tie gives (steun), the functional side of a network (method §9). */
public enum SupportType {
    /** Practical help (praktische steun). */
    PRACTICAL,
    /** Emotional support (emotionele steun). */
    EMOTIONAL,
    /** Information and advice (informatieve steun). */
    INFORMATION
}
