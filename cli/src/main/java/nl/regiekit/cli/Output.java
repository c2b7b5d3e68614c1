package nl.regiekit.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import picocli.CommandLine.Option;

/**
 * The one way the commands write files, mixed into every command that writes: never over one of
 * the command's input files, never twice in one run, over an existing file only with
 * {@code --force}, never through a symbolic link, only into a folder that exists. Each file is
 * written to a temporary file in its folder (readable by its owner only) and then moved into
 * place, so that a failed write leaves the old file, or none, never half a file. Every problem is a
 * {@link Problem}: one line in the command's language, exit code 2.
 */
final class Output {

    @Option(names = "--force", description = "Replace output files that already exist (never an input file).")
    boolean force;

    /**
     * Checks every file a command will write before it writes any.
     *
     * @param inputs the files the command reads
     * @param targets the files it will write
     * @throws Problem naming the first target that may not be written, and why
     */
    void check(Messages messages, Collection<Path> inputs, Collection<Path> targets) throws Problem {
        List<Path> seen = new ArrayList<>();
        for (Path target : targets) {
            Path normal = target.toAbsolutePath().normalize();
            if (seen.contains(normal)) {
                throw new Problem(messages.get("output.twice", target));
            }
            seen.add(normal);
            if (Files.isSymbolicLink(target)) {
                throw new Problem(messages.get("output.symlink", target));
            }
            for (Path input : inputs) {
                if (normal.equals(input.toAbsolutePath().normalize()) || sameFile(target, input)) {
                    throw new Problem(messages.get("output.is-input", target));
                }
            }
            if (Files.isDirectory(target)) {
                throw new Problem(messages.get("output.is-folder", target));
            }
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !force) {
                throw new Problem(messages.get("output.exists", target));
            }
            Path folder = normal.getParent();
            if (folder == null || !Files.isDirectory(folder)) {
                throw new Problem(messages.get("output.no-folder", target));
            }
        }
    }

    /**
     * Writes UTF-8 text to a file that {@link #check} allowed, through a temporary file moved into place.
     *
     * @throws Problem if it cannot be written
     */
    void write(Messages messages, Path target, String text) throws Problem {
        Path folder = target.toAbsolutePath().normalize().getParent();
        Path temporary = null;
        try {
            temporary = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new Problem(messages.get("output.unwritable", target, Problem.reason(e, messages)));
        }
    }

    /**
     * The folder a command writes several files into ({@code --out}): made, with the folders above
     * it, if it does not exist.
     *
     * @throws Problem if it is a file or a symbolic link, or it cannot be made
     */
    static Path folder(Messages messages, Path folder) throws Problem {
        if (Files.isSymbolicLink(folder)) {
            throw new Problem(messages.get("output.symlink", folder));
        }
        if (Files.isDirectory(folder)) {
            return folder;
        }
        if (Files.exists(folder)) {
            throw new Problem(messages.get("output.not-a-folder", folder));
        }
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new Problem(messages.get("output.unwritable", folder, Problem.reason(e, messages)));
        }
    }

    private static boolean sameFile(Path target, Path input) {
        try {
            return Files.exists(target) && Files.exists(input) && Files.isSameFile(target, input);
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary != null) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // The write already failed; that is what the command reports.
            }
        }
    }
}
