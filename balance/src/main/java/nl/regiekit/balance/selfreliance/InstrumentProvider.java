package nl.regiekit.balance.selfreliance;

import java.util.List;

/**
 * Supplies an organisation's own self-reliance instruments. Implement it, declare it with
 * {@code provides nl.regiekit.balance.selfreliance.InstrumentProvider with ...} (or a
 * {@code META-INF/services} file on the class path), and {@link Instruments#load()} finds it.
 */
public interface InstrumentProvider {

    /** The instruments this provider supplies; never null. */
    List<Instrument> instruments();
}
