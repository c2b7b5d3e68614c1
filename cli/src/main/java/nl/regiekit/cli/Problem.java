package nl.regiekit.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

import nl.regiekit.casemodel.OrganisationId;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A problem a command reports in one line of the chosen language and ends with exit code 2: a
 * file that cannot be read or written, an output refused, an argument that is no identifier. It
 * carries no stack trace and no cause, so that nothing of it is printed but its message.
 */
final class Problem extends Exception {

    private static final long serialVersionUID = 1L;

    /** A problem with this message, already in the command's language. */
    Problem(String message) {
        super(message, null, false, false);
    }

    /** A command's work, which may end in a problem. */
    interface Work {
        int run() throws Problem;
    }

    /**
     * Runs a command's work; a problem it ends in is printed on standard error, after what the work
     * printed, as its one line.
     *
     * @return the work's exit code, or 2 after a problem
     */
    static int reported(CommandSpec spec, Work work) {
        try {
            return work.run();
        } catch (Problem problem) {
            spec.commandLine().getOut().flush();
            spec.commandLine().getErr().println(problem.getMessage());
            return Regiekit.USAGE;
        }
    }

    /** Why an input/output operation failed, in words of the command's language. */
    static String reason(IOException e, Messages messages) {
        String key = e instanceof AccessDeniedException ? "io.reason.denied"
            : e instanceof NoSuchFileException ? "io.reason.missing"
            : e instanceof NotDirectoryException ? "io.reason.not-a-folder"
            : e instanceof FileAlreadyExistsException ? "io.reason.exists"
            : e instanceof FileSystemException ? "io.reason.refused"
            : "io.reason.other";
        return messages.get(key);
    }

    /** The problem that {@code file} cannot be read. */
    static Problem unreadable(Object file, IOException e, Messages messages) {
        return new Problem(messages.get("file.unreadable", file, reason(e, messages)));
    }

    /**
     * The organisation identifier an option gives.
     *
     * @throws Problem if the text is not an identifier
     */
    static OrganisationId organisation(String text, String option, Messages messages) throws Problem {
        try {
            return OrganisationId.of(text);
        } catch (IllegalArgumentException e) {
            throw new Problem(messages.get("identifier.invalid", option));
        }
    }
}
