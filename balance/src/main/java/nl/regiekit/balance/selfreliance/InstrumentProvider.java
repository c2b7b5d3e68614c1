package nl.regiekit.balance.selfreliance;

import java.util.List;

/**
 * Supplies an organisation's own self-reliance instruments. Implement it, declare it with
 * {@code provides nl.regiekit.balance.selfreliance.InstrumentProvider with ...} (or a
 * {@code META-INF/services} file on the class path), and {@code RegiekitConfig.discover()}
 * (module {@code casefile}) finds it: the one place where providers are looked for.
 */
public interface InstrumentProvider {

    /** The instruments this provider supplies; never null. */
    List<Instrument> instruments();
}
