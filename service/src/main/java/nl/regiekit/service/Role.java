package nl.regiekit.service;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a token may do, besides the organisation it speaks for.
 */
public enum Role {
    /**
     * The organisation that coordinates cases (the case manager's, regievoerder): sees a case whole
     * and may store case files.
     */
    COORDINATOR,
    /** A partner organisation involved in a case: sees only what the case's consents let it see. */
    PARTNER,
    /** A system that validates and renders documents it holds itself; reads no stored case. */
    INTEGRATOR;

    /** The role's name in a token file: {@code coordinator}, {@code partner}, {@code integrator}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role named {@code id} in a token file, if there is one. */
    public static Optional<Role> of(String id) {
        return Arrays.stream(values()).filter(r -> r.id().equals(id)).findFirst();
    }
}
