package jp.kyoseivision.model;

import java.util.List;

/** A policy area (政策分野), e.g. 医療; its directions in plan order. */
public record PolicyArea(String id, String name, List<Direction> directions) {
    public PolicyArea {
        Checks.id(id, "policyArea.id");
        Checks.required(name, "policyArea.name");
        Checks.line(name, "policyArea.name");
        directions = Checks.list(directions, "policyArea.directions");
    }
}
