package nl.regiekit.genogram;

/** Which way energy, time and resources flow between a family and a system in an ecogram. */
public enum EnergyFlow {
    /** The system gives to the family: an arrow towards the family. */
    TO_FAMILY,
    /** The family gives to the system: an arrow towards the system. */
    FROM_FAMILY,
    /** Both ways: arrows at both ends. */
    BOTH,
    /** No marked flow: no arrows. */
    NONE
}
