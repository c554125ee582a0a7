package jp.kyoseivision.model;

import java.util.List;

/** A perspective (政策の視点), e.g. 生活機能の強化; its policy areas in plan order. */
public record Perspective(String id, String name, List<PolicyArea> policyAreas) {
    public Perspective {
        Checks.id(id, "perspective.id");
        Checks.required(name, "perspective.name");
        Checks.line(name, "perspective.name");
        policyAreas = Checks.list(policyAreas, "perspective.policyAreas");
    }
}
