package jp.kyoseivision.model;

import java.util.List;
import java.util.Optional;

/**
 * A direction (取組分野 / 施策展開の基本的方向) under a policy area: the agreement text (取組の内容), each
 * municipality's role, and the cards that carry it out.
 */
public record Direction(String id, String title, String agreement, List<Role> roles, List<Measure> measures) {
    public Direction {
        Checks.id(id, "direction.id");
        Checks.required(title, "direction.title");
        Checks.line(title, "direction.title");
        Checks.longText(agreement, "direction.agreement");
        roles = Checks.list(roles, "direction.roles");
        Checks.unique(roles, Role::municipalityId, "direction.roles");
        measures = Checks.list(measures, "direction.measures");
    }

    public Optional<String> role(String municipalityId) {
        return roles.stream().filter(r -> r.municipalityId().equals(municipalityId)).map(Role::text).findFirst();
    }
}
