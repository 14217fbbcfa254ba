package dev.annex.host.web.operator;

import dev.annex.host.operator.bulk.BulkOperation;
import dev.annex.host.operator.bulk.BulkOperations;
import dev.annex.host.security.Caller;
import dev.annex.host.web.problem.Problems;
import dev.annex.plugin.api.rest.ApiOperation;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * The operator's operations over many tenants ({@code POST /api/operator/tenants/bulk},
 * {@code POST /api/operator/plugins/{id}/tenants}), polled for {@code done}/{@code total} until
 * their state is {@code DONE}.
 */
@Path("operator/operations")
@Produces(MediaType.APPLICATION_JSON)
public class OperatorOperationResource {

    @Inject
    BulkOperations operations;
    @Inject
    Caller caller;

    @GET
    @Path("{id}")
    @ApiOperation(summary = "Follow an operation over many tenants", operationId = "operatorOperationGet")
    public BulkOperation operation(@PathParam("id") long id) {
        caller.operator();
        return operations.find(id).orElseThrow(() -> Problems.notFound("operation", id));
    }

    /** 202 with the operation, and where to follow it. */
    static Response accepted(UriInfo uriInfo, BulkOperation operation) {
        return Response.accepted(operation)
                .location(uriInfo.getBaseUriBuilder().path("operator/operations/{id}").build(operation.id())).build();
    }
}
