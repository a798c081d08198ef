package com.storefront.signage.server.campaign;

import com.storefront.signage.server.auth.Role;
import com.storefront.signage.server.http.ApiException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * The approval workflow: marketing (or a store manager, for their stores) submits, an admin
 * approves or rejects, marketing and admins pause, resume and end. Pure: the routes apply it
 * inside a transaction.
 */
public final class CampaignWorkflow {
    public enum Action {
        SUBMIT("submit", EnumSet.of(CampaignStatus.DRAFT), CampaignStatus.SUBMITTED, EnumSet.allOf(Role.class)),
        APPROVE("approve", EnumSet.of(CampaignStatus.SUBMITTED), CampaignStatus.APPROVED, EnumSet.of(Role.ADMIN)),
        REJECT("reject", EnumSet.of(CampaignStatus.SUBMITTED), CampaignStatus.DRAFT, EnumSet.of(Role.ADMIN)),
        PAUSE("pause", EnumSet.of(CampaignStatus.APPROVED), CampaignStatus.PAUSED, EnumSet.of(Role.ADMIN, Role.MARKETING)),
        RESUME("resume", EnumSet.of(CampaignStatus.PAUSED), CampaignStatus.APPROVED, EnumSet.of(Role.ADMIN, Role.MARKETING)),
        END("end", EnumSet.of(CampaignStatus.DRAFT, CampaignStatus.SUBMITTED, CampaignStatus.APPROVED, CampaignStatus.PAUSED),
                CampaignStatus.ENDED, EnumSet.of(Role.ADMIN, Role.MARKETING));

        private final String id;
        private final Set<CampaignStatus> from;
        private final CampaignStatus to;
        private final Set<Role> roles;

        Action(String id, Set<CampaignStatus> from, CampaignStatus to, Set<Role> roles) {
            this.id = id;
            this.from = from;
            this.to = to;
            this.roles = roles;
        }

        public String id() {
            return id;
        }

        public static Action of(String id) {
            return Arrays.stream(values()).filter(a -> a.id.equals(id)).findFirst()
                    .orElseThrow(() -> ApiException.invalid("action", "unknown action '" + id + "'; use one of "
                            + Arrays.stream(values()).map(Action::id).toList()));
        }
    }

    private CampaignWorkflow() {
    }

    /** The status after {@code action}, or why it is not allowed. */
    public static CampaignStatus next(CampaignStatus current, Action action, Role role) {
        if (!action.roles.contains(role)) {
            throw ApiException.forbidden("a " + role.id() + " cannot " + action.id() + " a campaign"
                    + (action == Action.APPROVE ? "; an admin approves" : ""));
        }
        if (!action.from.contains(current)) {
            throw ApiException.conflict("action", "cannot " + action.id() + " a campaign that is " + current.id()
                    + "; it must be " + action.from.stream().map(CampaignStatus::id).toList());
        }
        return action.to;
    }

    /**
     * The status after an edit. An admin's edit keeps the status (they are the approver); anyone
     * else's edit of a submitted, approved or paused campaign sends it back to draft, so nothing
     * unapproved reaches a screen. An ended campaign cannot be edited.
     */
    public static CampaignStatus afterEdit(CampaignStatus current, Role role) {
        if (current == CampaignStatus.ENDED) {
            throw ApiException.conflict("status", "an ended campaign cannot be changed; create a new one");
        }
        return role == Role.ADMIN ? current : CampaignStatus.DRAFT;
    }
}
