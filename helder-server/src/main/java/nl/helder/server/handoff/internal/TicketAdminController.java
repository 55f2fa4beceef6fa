package nl.helder.server.handoff.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.helder.server.handoff.Tickets;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Open tickets for staff, until the agent console shows them (role ADMIN). */
@RestController
@Tag(name = "Admin: tickets")
class TicketAdminController {

    private final Tickets tickets;

    TicketAdminController(Tickets tickets) {
        this.tickets = tickets;
    }

    @GetMapping("/api/v1/admin/tickets")
    @Operation(summary = "The newest open tickets left when nobody was available")
    List<Tickets.Ticket> open() {
        return tickets.open(500);
    }
}
