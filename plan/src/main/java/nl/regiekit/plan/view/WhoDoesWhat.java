package nl.regiekit.plan.view;

import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import nl.regiekit.casemodel.Case;
import nl.regiekit.casemodel.FamilyMember;
import nl.regiekit.casemodel.LifeDomainCode;
import nl.regiekit.casemodel.OrganisationId;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.PracticalHelp;
import nl.regiekit.casemodel.internal.Require;
import nl.regiekit.plan.Goal;
import nl.regiekit.plan.GoalId;
import nl.regiekit.plan.PlanContent;
import nl.regiekit.plan.Responsible;
import nl.regiekit.plan.Trajectory;
import nl.regiekit.plan.TrajectoryId;
import nl.regiekit.plan.TrajectoryStatus;

/**
 * "Who does what" (wie doet wat, method §5 and §7): a matrix of family members by life domains
 * holding, in each cell, the organisations working there with their trajectory, the goals they
 * are responsible for or contributed, and the practical help on the spot they gave before the plan
 * (method §1, §4). Built from one version of the plan: open trajectories, and active goals with an
 * organisation responsible or contributing (a goal for the system fills the row of every member),
 * with the case's practical help given by an organisation (help for the whole family fills every
 * row; help the case manager gave in person has no organisation and is not in this matrix). Identifiers only, so the matrix may be printed and logged. Immutable and
 * thread-safe.
 *
 * @param members the rows, in order; never null
 * @param domains the columns, in order; never null
 * @param cells the cells that hold something, row by row; never null
 */
public record WhoDoesWhat(List<PersonId> members, List<LifeDomainCode> domains, List<Cell> cells) {

    /** @throws NullPointerException if a list holds null */
    public WhoDoesWhat {
        members = Require.list(members);
        domains = Require.list(domains);
        cells = Require.list(cells);
    }

    /**
     * One cell: a member on a life domain, with who works there.
     *
     * @param member the member; never null
     * @param domain the life domain; never null
     * @param entries who works there, in plan order; never null or empty
     */
    public record Cell(@NotNull PersonId member, @NotNull LifeDomainCode domain, List<Entry> entries) {

        /** @throws NullPointerException if an argument is null */
        public Cell {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(domain, "domain");
            entries = Require.list(entries);
        }
    }

    /**
     * One organisation's work in a cell: a trajectory it provides, the goals it is responsible
     * for or contributed, or the practical help it gave on the spot.
     *
     * @param organisation the organisation; never null
     * @param trajectory its trajectory here, if it provides one; never null
     * @param status the trajectory's status, if it provides one; never null
     * @param goals the goals it works on here; never null
     * @param practicalHelp the dates it gave practical help here, oldest first; never null
     */
    public record Entry(@NotNull OrganisationId organisation, Optional<TrajectoryId> trajectory,
                        Optional<TrajectoryStatus> status, List<GoalId> goals, List<LocalDate> practicalHelp) {

        /** @throws NullPointerException if {@code organisation} is null */
        public Entry {
            Objects.requireNonNull(organisation, "organisation");
            trajectory = Require.optional(trajectory);
            status = Require.optional(status);
            goals = Require.list(goals);
            practicalHelp = Require.list(practicalHelp);
        }

        /** The entry as text: {@code org (trajectory STATUS) [goal, goal] help [date, date]}. */
        public String text() {
            StringBuilder text = new StringBuilder(organisation.value());
            trajectory.ifPresent(t -> text.append(" (").append(t.value())
                .append(status.map(s -> " " + s).orElse("")).append(')'));
            if (!goals.isEmpty()) {
                text.append(" ").append(goals);
            }
            if (!practicalHelp.isEmpty()) {
                text.append(" help ").append(practicalHelp);
            }
            return text.toString();
        }
    }

    /**
     * The matrix of {@code content}, with the case's members as rows (in family order) and the life
     * domains that hold something as columns (in order of first appearance).
     *
     * @throws NullPointerException if an argument is null
     */
    public static WhoDoesWhat of(Case subject, PlanContent content) {
        return of(content.goals(), content.trajectories(), subject.outreachOrNone().practicalHelp(),
            subject.family().members().stream().map(FamilyMember::id).toList());
    }

    /**
     * The matrix of {@code content}, with {@code members} as the first rows; other members named in
     * the plan follow in order of first appearance. A goal for the system fills the rows of all of them.
     *
     * @throws NullPointerException if an argument is null
     */
    public static WhoDoesWhat of(PlanContent content, List<PersonId> members) {
        return of(content.goals(), content.trajectories(), members);
    }

    /**
     * The matrix of these goals and trajectories (a plan's, or the part of it that a view shows), with
     * {@code members} as the first rows; other members named in them follow in order of first
     * appearance. A goal for the system fills the rows of all of them.
     *
     * @throws NullPointerException if an argument is null
     */
    public static WhoDoesWhat of(List<Goal> goals, List<Trajectory> trajectories, List<PersonId> members) {
        return of(goals, trajectories, List.of(), members);
    }

    /**
     * The matrix of these goals, trajectories and practical help (a case's, or the part of it that a
     * view shows), with {@code members} as the first rows; other members named in them follow in order
     * of first appearance. A goal for the system and help for the whole family fill the rows of all of
     * them; help the case manager gave in person is left out.
     *
     * @throws NullPointerException if an argument is null
     */
    public static WhoDoesWhat of(List<Goal> goals, List<Trajectory> trajectories, List<PracticalHelp> help,
                                 List<PersonId> members) {
        Set<PersonId> rows = new LinkedHashSet<>(members);
        trajectories.forEach(t -> rows.add(t.member()));
        goals.forEach(g -> rows.addAll(g.members()));
        help.stream().filter(h -> h.organisation().isPresent()).forEach(h -> rows.addAll(h.members()));
        Map<PersonId, Map<LifeDomainCode, Map<OrganisationId, EntryBuilder>>> grid = new LinkedHashMap<>();
        Set<LifeDomainCode> columns = new LinkedHashSet<>();
        for (Trajectory t : trajectories) {
            if (t.status().isOpen()) {
                columns.add(t.domain());
                EntryBuilder entry = cell(grid, t.member(), t.domain()).computeIfAbsent(t.provider(),
                    EntryBuilder::new);
                entry.trajectory = t.id();
                entry.status = t.status();
            }
        }
        for (Goal goal : goals) {
            Set<OrganisationId> organisations = new LinkedHashSet<>();
            goal.responsible().flatMap(Responsible::organisation).ifPresent(organisations::add);
            goal.contributor().ifPresent(organisations::add);
            if (!goal.status().isActive() || organisations.isEmpty()) {
                continue;
            }
            columns.addAll(goal.domains());
            for (PersonId member : goal.isForSystem() ? rows : goal.members()) {
                for (LifeDomainCode domain : goal.domains()) {
                    for (OrganisationId organisation : organisations) {
                        cell(grid, member, domain).computeIfAbsent(organisation, EntryBuilder::new).goals
                            .add(goal.id());
                    }
                }
            }
        }
        for (PracticalHelp given : help) {
            if (given.organisation().isEmpty()) {
                continue;
            }
            columns.add(given.domain());
            for (PersonId member : given.members().isEmpty() ? rows : given.members()) {
                cell(grid, member, given.domain()).computeIfAbsent(given.organisation().get(), EntryBuilder::new)
                    .practicalHelp.add(given.date());
            }
        }
        List<Cell> cells = new ArrayList<>();
        for (PersonId member : rows) {
            for (LifeDomainCode domain : columns) {
                Map<OrganisationId, EntryBuilder> entries = grid.getOrDefault(member, Map.of()).get(domain);
                if (entries != null) {
                    cells.add(new Cell(member, domain, entries.values().stream().map(EntryBuilder::build).toList()));
                }
            }
        }
        return new WhoDoesWhat(List.copyOf(rows), List.copyOf(columns), cells);
    }

    private static Map<OrganisationId, EntryBuilder> cell(
        Map<PersonId, Map<LifeDomainCode, Map<OrganisationId, EntryBuilder>>> grid, PersonId member,
        LifeDomainCode domain) {
        return grid.computeIfAbsent(member, m -> new LinkedHashMap<>())
            .computeIfAbsent(domain, d -> new LinkedHashMap<>());
    }

    /** The cell of {@code member} on {@code domain}, if anyone works there. */
    public Optional<Cell> cell(PersonId member, LifeDomainCode domain) {
        return cells.stream().filter(c -> c.member().equals(member) && c.domain().equals(domain)).findFirst();
    }

    /** What {@code organisation} does, for whom, on which domain: its cells with only its own entry. */
    public List<Cell> forOrganisation(OrganisationId organisation) {
        return cells.stream()
            .map(c -> new Cell(c.member(), c.domain(),
                c.entries().stream().filter(e -> e.organisation().equals(organisation)).toList()))
            .filter(c -> !c.entries().isEmpty())
            .toList();
    }

    /**
     * The matrix as a text table: one row per member, one column per life domain, {@code -} for an
     * empty cell, several organisations in a cell separated by {@code ; }.
     *
     * @param corner the text of the top-left cell, such as "member"
     */
    public String toText(String corner) {
        List<List<String>> table = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add(corner);
        domains.forEach(d -> header.add(d.value()));
        table.add(header);
        for (PersonId member : members) {
            List<String> row = new ArrayList<>();
            row.add(member.value());
            for (LifeDomainCode domain : domains) {
                row.add(cell(member, domain).map(c -> String.join("; ",
                    c.entries().stream().map(Entry::text).toList())).orElse("-"));
            }
            table.add(row);
        }
        int[] widths = new int[header.size()];
        table.forEach(row -> {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        });
        StringBuilder text = new StringBuilder();
        for (List<String> row : table) {
            for (int i = 0; i < row.size(); i++) {
                text.append(i == 0 ? "" : " | ").append(pad(row.get(i), i == row.size() - 1 ? 0 : widths[i]));
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

    /** An entry while the matrix is built. */
    private static final class EntryBuilder {
        private final OrganisationId organisation;
        private TrajectoryId trajectory;
        private TrajectoryStatus status;
        private final List<GoalId> goals = new ArrayList<>();
        private final List<LocalDate> practicalHelp = new ArrayList<>();

        EntryBuilder(OrganisationId organisation) {
            this.organisation = organisation;
        }

        Entry build() {
            return new Entry(organisation, Optional.ofNullable(trajectory), Optional.ofNullable(status),
                goals.stream().distinct().toList(), practicalHelp);
        }
    }
}
