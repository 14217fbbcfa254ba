package dev.annex.host.operator.bulk;

import dev.annex.host.operator.CreateTenantRequest;
import dev.annex.host.refusal.FieldError;
import dev.annex.host.refusal.Refusal;
import dev.annex.host.tenant.Tenants;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Creates many tenants, each with its first administrator, as one operation the operator polls.
 *
 * <p>The request as a whole is checked first — every row's fields, slugs repeated within the
 * request, slugs already taken — and refused with one 422 naming each bad row and field
 * ({@code tenants[3].admin.email}) before anything is written. A request that passes is then
 * worked through row by row, each tenant committed on its own, so progress shows while it runs; a
 * row that fails only then (its slug taken meanwhile by another request) is listed in the
 * operation's failures and the others are still created.
 */
@ApplicationScoped
public class BulkTenantCreation {

    public static final String KIND = "tenants.create";
    /** Rows per request: the body limit (1 MiB) holds about this many; more go in further requests. */
    public static final int MAX_ROWS = 1000;

    @Resource
    ManagedExecutorService executor;

    private final Validator validator;
    private final Tenants tenants;
    private final BulkOperations operations;
    private final BulkRows rows;

    @Inject
    public BulkTenantCreation(Validator validator, Tenants tenants, BulkOperations operations, BulkRows rows) {
        this.validator = validator;
        this.tenants = tenants;
        this.operations = operations;
        this.rows = rows;
    }

    protected BulkTenantCreation() {
        this(null, null, null, null);
    }

    public BulkOperation start(List<CreateTenantRequest> requested, String actor) {
        check(requested);
        BulkOperation operation = operations.start(KIND, requested.size(), actor);
        List<CreateTenantRequest> copy = List.copyOf(requested);
        executor.submit(() -> BulkRun.run(operations, operation.id(), copy,
                i -> "tenants[" + i + "] (" + copy.get(i).slug() + ")", row -> rows.createTenant(row, actor)));
        return operation;
    }

    private void check(List<CreateTenantRequest> requested) {
        if (requested == null || requested.isEmpty()) {
            throw Refusal.invalid("tenants", "must list at least one tenant");
        }
        if (requested.size() > MAX_ROWS) {
            throw Refusal.invalid("tenants", "must list at most " + MAX_ROWS + " tenants per request");
        }
        List<FieldError> errors = new ArrayList<>();
        Map<String, Integer> slugRows = new HashMap<>();
        for (int i = 0; i < requested.size(); i++) {
            CreateTenantRequest row = requested.get(i);
            String prefix = "tenants[" + i + "]";
            if (row == null) {
                errors.add(new FieldError(prefix, "must not be null"));
                continue;
            }
            Set<ConstraintViolation<CreateTenantRequest>> violations = validator.validate(row);
            violations.stream()
                    .map(v -> new FieldError(prefix + "." + v.getPropertyPath(), v.getMessage()))
                    .sorted(Comparator.comparing(FieldError::field))
                    .forEach(errors::add);
            if (row.slug() != null) {
                Integer earlier = slugRows.putIfAbsent(row.slug().toLowerCase(Locale.ROOT), i);
                if (earlier != null) {
                    errors.add(new FieldError(prefix + ".slug", "repeats tenants[" + earlier + "].slug"));
                }
            }
        }
        Set<String> taken = tenants.takenSlugs(slugRows.keySet());
        for (int i = 0; i < requested.size(); i++) {
            CreateTenantRequest row = requested.get(i);
            if (row != null && row.slug() != null && taken.contains(row.slug())) {
                errors.add(new FieldError("tenants[" + i + "].slug", "is already taken by another tenant"));
            }
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
    }
}
