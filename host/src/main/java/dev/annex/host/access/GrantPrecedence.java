package dev.annex.host.access;

import dev.annex.plugin.api.access.AccessLevel;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The access level a set of applicable grants gives: within one source and one target, the
 * person's own grants decide when there are any (widening or narrowing what their organisation's
 * grant gives); across sources and targets the widest level wins. The ticket list query applies
 * the same rule in SQL.
 */
final class GrantPrecedence {

    private GrantPrecedence() {
    }

    static AccessLevel effective(Collection<GrantRow> grants) {
        Map<List<Object>, List<GrantRow>> byScope = grants.stream()
                .collect(Collectors.groupingBy(g -> List.of(g.source(), g.targetKind(), g.targetId())));
        int best = 0;
        for (List<GrantRow> scope : byScope.values()) {
            boolean personal = scope.stream().anyMatch(GrantRow::toPerson);
            int level = scope.stream().filter(g -> g.toPerson() == personal)
                    .mapToInt(GrantRow::levelRank).max().orElse(0);
            best = Math.max(best, level);
        }
        return LevelRanks.level(best);
    }
}
