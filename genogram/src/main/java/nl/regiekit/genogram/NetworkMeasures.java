package nl.regiekit.genogram;

import java.util.Objects;

/**
 * The structural and functional measures of a sociogram's network (method §9). Immutable and
 * thread-safe.
 *
 * @param size the number of ties (netwerkomvang)
 * @param professionals the number of ties with professionals
 * @param informalSupport the number of informal ties that give support and are not negative
 * @param isolated whether informal support is below the policy's threshold (signaal isolement)
 */
public record NetworkMeasures(int size, int professionals, int informalSupport, boolean isolated) {

    /** The measures of {@code sociogram} under {@code policy}. */
    public static NetworkMeasures of(Sociogram sociogram, GenogramPolicy policy) {
        Objects.requireNonNull(sociogram, "sociogram");
        Objects.requireNonNull(policy, "policy");
        int professionals = (int) sociogram.ties().stream().filter(t -> !t.kind().informal()).count();
        int support = (int) sociogram.ties().stream().filter(SocialTie::informalSupport).count();
        return new NetworkMeasures(sociogram.ties().size(), professionals, support,
            support < policy.minInformalSupport());
    }

    /** The share of professionals in the network, 0 to 1; 0 for an empty network. */
    public double professionalShare() {
        return size == 0 ? 0 : (double) professionals / size;
    }
}
