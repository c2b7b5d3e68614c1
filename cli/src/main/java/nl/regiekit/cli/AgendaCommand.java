package nl.regiekit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import nl.regiekit.casemodel.Case;
import nl.regiekit.casemodel.FamilyMember;
import nl.regiekit.casemodel.OrganisationId;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.Role;
import nl.regiekit.json.CareConferenceAgendaDocument;
import nl.regiekit.casefile.CaseFile;
import nl.regiekit.casefile.OrganisationPolicy;
import nl.regiekit.casefile.RegiekitConfig;
import nl.regiekit.json.FamilyCouncilAgendaDocument;
import nl.regiekit.json.RegiekitJson;
import nl.regiekit.plan.Agreement;
import nl.regiekit.plan.Responsible;
import nl.regiekit.plan.Trajectory;
import nl.regiekit.plan.meeting.CareConferenceAgenda;
import nl.regiekit.plan.meeting.CareConferences;
import nl.regiekit.plan.meeting.ConferenceKind;
import nl.regiekit.plan.meeting.ConferenceReason;
import nl.regiekit.plan.meeting.DecisionPoint;
import nl.regiekit.plan.meeting.FamilyCouncilAgenda;
import nl.regiekit.plan.meeting.FamilyCouncils;
import nl.regiekit.plan.meeting.MeetingId;
import nl.regiekit.plan.meeting.Recipient;
import nl.regiekit.plan.monitor.Signal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code regiekit agenda}: a printable agenda for a family council or a care conference, in Markdown
 * (default) or as a self-contained HTML page, or the agenda as its JSON document. From a case file the agenda is generated from the case
 * and its plans; an agenda document ({@code regiekit/family-council-agenda},
 * {@code regiekit/care-conference-agenda}) is printed as it is, with identifiers for names.
 */
@Command(name = "agenda", mixinStandardHelpOptions = true,
    description = "Print a printable agenda for a family council or a care conference (Markdown or HTML).",
    subcommands = {AgendaCommand.FamilyCouncilCommand.class, AgendaCommand.CareConferenceCommand.class})
final class AgendaCommand {

    /** Output formats. */
    enum Format { markdown, html, json }

    /** An agenda ready to print: the page, and the agenda as its document kind for {@code --format json}. */
    record Rendered(Printable page, Object document) {
    }

    @ParentCommand
    Regiekit parent;

    /** What both subcommands share: the file, the date and the format. */
    abstract static class Base implements Callable<Integer> {

        @ParentCommand
        AgendaCommand agenda;

        @Spec
        CommandSpec spec;

        @Option(names = "--date", paramLabel = "DATE",
            description = "The date of the meeting, as 2026-05-12 (default: today).")
        LocalDate date;

        @Option(names = "--format", defaultValue = "markdown",
            description = "markdown (default), html, or json (the agenda document).")
        Format format;

        @Parameters(paramLabel = "FILE", description = "A case file or an agenda document of this kind.")
        Path file;

        @Mixin
        PolicyOption policyOption;

        @Override
        public Integer call() {
            Messages messages = agenda.parent.messages();
            return Problem.reported(spec, () -> agenda(messages, spec.commandLine().getOut()));
        }

        private int agenda(Messages messages, PrintWriter out) throws Problem {
            RegiekitConfig config = policyOption.config(messages, out);
            int[] exit = {Regiekit.OK};
            Optional<Object> document = ValidateCommand.readValid(file, config, messages, out,
                spec.commandLine().getErr(), exit);
            Optional<Rendered> rendered = document.isEmpty() ? Optional.empty() : page(document.get(), config, messages);
            if (document.isPresent() && rendered.isEmpty()) {
                spec.commandLine().getErr().println(messages.get(noneKey(), file));
                exit[0] = Regiekit.USAGE;
            }
            rendered.ifPresent(r -> out.print(switch (format) {
                case html -> r.page().html(messages.locale().getLanguage());
                case json -> RegiekitJson.mapper().writeValueAsString(r.document()) + "\n";
                case markdown -> r.page().markdown();
            }));
            out.flush();
            return exit[0];
        }

        LocalDate day() {
            return date == null ? agenda.parent.today() : date;
        }

        /**
         * The agenda for {@code document} under the organisation's policy and catalogues, or empty if it is of
         * a kind this agenda does not read.
         *
         * @throws Problem if the options do not fit the document
         */
        abstract Optional<Rendered> page(Object document, RegiekitConfig config, Messages messages) throws Problem;

        /** The message key for a file that holds nothing this agenda reads. */
        abstract String noneKey();
    }

    /** {@code regiekit agenda family-council FILE}. */
    @Command(name = "family-council", mixinStandardHelpOptions = true,
        description = "Print the agenda of a family council: the rules, the order of turns, the fixed parts of a "
            + "turn and the four questions per point.")
    static final class FamilyCouncilCommand extends Base {

        @Option(names = "--first", split = ",", paramLabel = "MEMBER",
            description = "The children who want to go first (default: every child and young person).")
        List<String> first;

        @Option(names = "--extended-family",
            description = "Invite the extended family too, such as a grandparent (default: the household).")
        boolean extendedFamily;

        @Override
        Optional<Rendered> page(Object document, RegiekitConfig config, Messages messages) {
            OrganisationPolicy policy = config.policy();
            if (document instanceof FamilyCouncilAgendaDocument agendaDocument) {
                return Optional.of(new Rendered(print(agendaDocument.agenda(), Optional.empty(), messages),
                    agendaDocument));
            }
            if (document instanceof CaseFile caseFile) {
                Case subject = caseFile.subject();
                Set<PersonId> wantFirst = new HashSet<>();
                if (first == null) {
                    subject.family().members().stream()
                        .filter(m -> m.role() == Role.CHILD || m.role() == Role.YOUNG_PERSON)
                        .map(FamilyMember::id).forEach(wantFirst::add);
                } else {
                    first.stream().map(PersonId::of).forEach(wantFirst::add);
                }
                List<Role> roles = new ArrayList<>(policy.meetings().councilRoles());
                if (extendedFamily && !roles.contains(Role.EXTENDED_FAMILY)) {
                    roles.add(Role.EXTENDED_FAMILY);
                }
                FamilyCouncilAgenda agenda = new FamilyCouncils(policy.meetings().withCouncilRoles(roles)).agenda(subject,
                    MeetingId.of("family-council-" + day()), day(), wantFirst);
                return Optional.of(new Rendered(print(agenda, Optional.of(subject), messages),
                    FamilyCouncilAgendaDocument.of(agenda)));
            }
            return Optional.empty();
        }

        @Override
        String noneKey() {
            return "agenda.family-council.none";
        }

        private static Printable print(FamilyCouncilAgenda agenda, Optional<Case> subject, Messages messages) {
            return new Printable(messages.get("agenda.family-council.title"),
                messages.get("agenda.subtitle", agenda.caseId(), agenda.date()))
                .numbered(messages.get("agenda.family-council.rules"),
                    agenda.rules().stream().map(r -> messages.get("agenda.rule." + r)).toList())
                .numbered(messages.get("agenda.family-council.turns"),
                    agenda.turns().stream().map(m -> MeetingFiles.member(subject, m)).toList())
                .numbered(messages.get("agenda.family-council.turn"),
                    agenda.turnParts().stream().map(p -> messages.get("agenda.turn." + p)).toList())
                .numbered(messages.get("agenda.family-council.point"),
                    agenda.questions().stream().map(q -> messages.get("agenda.question." + q)).toList())
                .bullets(messages.get("agenda.family-council.close"),
                    List.of(messages.get("agenda.close.satisfied"), messages.get("agenda.close.agreements")));
        }
    }

    /** {@code regiekit agenda care-conference FILE}. */
    @Command(name = "care-conference", mixinStandardHelpOptions = true,
        description = "Print the agenda of a care conference, round table, partner meeting, case consultation or "
            + "crisis meeting, generated from the case and plan.")
    static final class CareConferenceCommand extends Base {

        @Option(names = "--kind", defaultValue = "CARE_CONFERENCE",
            description = "CARE_CONFERENCE (default), ROUND_TABLE, PARTNER_MEETING, CASE_CONSULTATION or "
                + "CRISIS_MEETING.")
        ConferenceKind kind;

        @Option(names = "--reason", split = ",", paramLabel = "REASON",
            description = "Why it is called: SITUATION_STUCK, MORE_THAN_TWO_PARTIES, AGREEMENTS_INSUFFICIENT, "
                + "SHARED_PERSPECTIVE, CREATIVITY_NEEDED, PERIODIC.")
        List<ConferenceReason> reasons;

        @Option(names = "--for", paramLabel = "ORG",
            description = "The agenda as this organisation hears it (method §11): only the points its consents let it "
                + "hear, no member it may not know of, and only its own line of the minutes' distribution. From a "
                + "case file only.")
        String organisation;

        @Override
        Optional<Rendered> page(Object document, RegiekitConfig config, Messages messages) throws Problem {
            OrganisationPolicy policy = config.policy();
            if (organisation != null && !(document instanceof CaseFile)) {
                throw new Problem(messages.get("agenda.for.caseFileOnly"));
            }
            if (document instanceof CareConferenceAgendaDocument agendaDocument) {
                return Optional.of(new Rendered(print(agendaDocument.agenda(), Optional.empty(), Optional.empty(), List.of(), List.of(),
                    messages), agendaDocument));
            }
            if (document instanceof CaseFile caseFile) {
                List<ConferenceReason> why = reasons != null ? reasons
                    : List.of(kind == ConferenceKind.PARTNER_MEETING ? ConferenceReason.PERIODIC
                        : ConferenceReason.SHARED_PERSPECTIVE);
                CareConferences conferences = new CareConferences(policy.monitor(), policy.consent(),
                    config.catalogues().lifeDomains());
                Case subject = caseFile.subject();
                CareConferenceAgenda agenda = conferences.agenda(caseFile.monitored(),
                    MeetingId.of("care-conference-" + day()), kind, day(), why);
                List<Recipient> distribution = conferences.distribution(subject, day());
                List<PersonId> informed = conferences.informed(subject, day());
                Optional<OrganisationId> heardBy = Optional.empty();
                if (organisation != null) {
                    OrganisationId heard = Problem.organisation(organisation, "--for", messages);
                    heardBy = Optional.of(heard);
                    if (subject.organisation(heard).isEmpty()) {
                        throw new Problem(messages.get("report.unknownOrganisation", organisation));
                    }
                    agenda = conferences.heardBy(agenda, subject, heard);
                    distribution = distribution.stream().filter(r -> r.organisation().equals(heard)).toList();
                    // Its line of the distribution names the members it may hear about: of the family who receive
                    // the minutes, it is told only of those.
                    List<PersonId> named = distribution.stream().flatMap(r -> r.about().stream()).toList();
                    informed = informed.stream().filter(named::contains).toList();
                }
                return Optional.of(new Rendered(print(agenda, Optional.of(subject), heardBy, distribution, informed,
                    messages), CareConferenceAgendaDocument.of(agenda)));
            }
            return Optional.empty();
        }

        @Override
        String noneKey() {
            return "agenda.care-conference.none";
        }

        /** The page of {@code agenda}, as {@code heardBy} hears it when it is given. */
        private static Printable print(CareConferenceAgenda agenda, Optional<Case> subject,
                                       Optional<OrganisationId> heardBy, List<Recipient> distribution,
                                       List<PersonId> informed, Messages messages) {
            List<String> distributed = new ArrayList<>();
            for (Recipient recipient : distribution) {
                distributed.add(messages.get("agenda.conference.recipient",
                    MeetingFiles.who(subject, Responsible.organisation(recipient.organisation())),
                    recipient.about().stream().map(m -> MeetingFiles.member(subject, m)).toList().toString()
                        .replaceAll("^\\[|\\]$", "")));
            }
            if (!informed.isEmpty()) {
                distributed.add(messages.get("agenda.conference.members",
                    String.join(", ", informed.stream().map(m -> MeetingFiles.member(subject, m)).toList())));
            }
            return new Printable(messages.get("agenda.conference.title." + agenda.kind()),
                messages.get("agenda.subtitle", agenda.caseId(), agenda.date()) + heardBy.map(o -> " "
                    + messages.get("agenda.heardBy", MeetingFiles.who(subject, Responsible.organisation(o)))).orElse(""))
                .bullets(messages.get("agenda.conference.reasons"),
                    agenda.reasons().stream().map(r -> messages.get("agenda.reason." + r)).toList())
                .bullets(messages.get("agenda.conference.participants"),
                    agenda.participants().stream().map(p -> MeetingFiles.who(subject, p)).toList())
                .bullets(messages.get("agenda.conference.progress"),
                    agenda.progress().stream().map(t -> trajectory(t.point(), subject, messages)
                        + heard(t.audience(), subject, messages)).toList())
                .bullets(messages.get("agenda.conference.agreements"),
                    agenda.agreements().stream().map(a -> agreement(a.point(), subject, messages)
                        + heard(a.audience(), subject, messages)).toList())
                .bullets(messages.get("agenda.conference.signals"),
                    agenda.signals().stream().map(s -> signal(s.point(), messages)
                        + heard(s.audience(), subject, messages)).toList())
                .numbered(messages.get("agenda.conference.decisions"),
                    agenda.decisions().stream().map(d -> decision(d, messages)
                        + heard(d.audience(), subject, messages)).toList())
                .bullets(messages.get("agenda.conference.minutes"), distributed);
        }

        private static String trajectory(Trajectory t, Optional<Case> subject, Messages messages) {
            return messages.get("agenda.conference.trajectory", t.id(), MeetingFiles.member(subject, t.member()),
                t.domain(), MeetingFiles.who(subject, nl.regiekit.plan.Responsible.organisation(t.provider())),
                messages.get("agenda.status." + t.status()));
        }

        private static String agreement(Agreement a, Optional<Case> subject, Messages messages) {
            return messages.get("agenda.conference.agreement", a.id(),
                a.who().map(w -> MeetingFiles.who(subject, w)).orElse("?"), a.what().orElse("?"),
                a.due().map(LocalDate::toString).orElse("?"), a.status());
        }

        private static String signal(Signal s, Messages messages) {
            return messages.get("severity." + s.severity()) + " " + s.code() + " (" + s.due() + "): "
                + s.message(messages.locale());
        }

        /** Who may hear a point besides the chair and the family: the organisations of its audience. */
        private static String heard(List<OrganisationId> audience, Optional<Case> subject, Messages messages) {
            return audience.isEmpty() ? messages.get("agenda.conference.audience.none")
                : messages.get("agenda.conference.audience", String.join(", ", audience.stream()
                    .map(o -> MeetingFiles.who(subject, nl.regiekit.plan.Responsible.organisation(o))).toList()));
        }

        private static String decision(DecisionPoint d, Messages messages) {
            return messages.get("agenda.decision." + d.topic(), d.subject());
        }
    }
}
