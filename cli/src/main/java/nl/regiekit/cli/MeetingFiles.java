package nl.regiekit.cli;

import java.util.List;
import java.util.Optional;

import nl.regiekit.casemodel.Case;
import nl.regiekit.casemodel.FamilyMember;
import nl.regiekit.casemodel.Identifier;
import nl.regiekit.casemodel.InvolvedOrganisation;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.Professional;
import nl.regiekit.plan.Responsible;

/**
 * Names for the printed agendas of the {@code agenda} command: members and whoever is responsible,
 * by name where the case knows them.
 */
final class MeetingFiles {

    private MeetingFiles() {
    }

    /** A member's given name and identifier, or the identifier alone without the case. */
    static String member(Optional<Case> subject, PersonId id) {
        return subject.flatMap(c -> c.family().member(id)).map(FamilyMember::person)
            .map(p -> p.name().given() + " (" + id.value() + ")").orElse(id.value());
    }

    /** Whoever is responsible or present, by name where the case knows it. */
    static String who(Optional<Case> subject, Responsible who) {
        if (who.member().isPresent()) {
            return member(subject, who.member().get());
        }
        if (who.organisation().isPresent()) {
            return named(subject.flatMap(c -> c.organisation(who.organisation().get()))
                .map(InvolvedOrganisation::name), who.organisation().get());
        }
        Identifier professional = who.professional().orElseThrow();
        return named(subject.flatMap(c -> professionals(c).stream().filter(p -> p.id().equals(professional))
            .findFirst()).map(Professional::name), professional);
    }

    private static List<Professional> professionals(Case subject) {
        return java.util.stream.Stream.of(subject.team().caseManager(), subject.team().youthWorker(),
            subject.team().buddy()).flatMap(Optional::stream).toList();
    }

    private static String named(Optional<String> name, Identifier id) {
        return name.map(n -> n + " (" + id.value() + ")").orElse(id.value());
    }
}
