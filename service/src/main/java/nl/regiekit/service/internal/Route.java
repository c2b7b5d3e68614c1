package nl.regiekit.service.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import nl.regiekit.service.Role;

/**
 * One operation of the service: a method, a path template such as {@code /v1/case-files/{caseId}},
 * the roles that may call it (none: a public route, no token needed) and its handler.
 *
 * @param method the HTTP method
 * @param template the path template, segments in {@code {braces}} are parameters
 * @param roles the roles that may call it; empty for a public route
 * @param handler what answers it
 */
record Route(String method, String template, Set<Role> roles, Handler handler) {

    /** Answers one call. */
    @FunctionalInterface
    interface Handler {
        /**
         * The answer to {@code call}.
         *
         * @throws Problem for a request it refuses
         * @throws java.io.IOException if the body cannot be read
         */
        Reply handle(Call call) throws java.io.IOException;
    }

    Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(template, "template");
        roles = Set.copyOf(roles);
        Objects.requireNonNull(handler, "handler");
    }

    boolean isPublic() {
        return roles.isEmpty();
    }

    /** The path parameters when {@code path} fits the template. */
    Optional<Map<String, String>> match(String path) {
        List<String> want = List.of(template.split("/", -1));
        List<String> got = List.of(path.split("/", -1));
        if (want.size() != got.size()) {
            return Optional.empty();
        }
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < want.size(); i++) {
            String w = want.get(i);
            String g = got.get(i);
            if (w.startsWith("{") && w.endsWith("}")) {
                if (g.isEmpty()) {
                    return Optional.empty();
                }
                params.put(w.substring(1, w.length() - 1), g);
            } else if (!w.equals(g)) {
                return Optional.empty();
            }
        }
        return Optional.of(params);
    }
}
