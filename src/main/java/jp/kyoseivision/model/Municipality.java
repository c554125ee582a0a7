package jp.kyoseivision.model;

/** A member municipality of the sphere (市町村), e.g. 一関市. Ids are stable, names are what the UI shows. */
public record Municipality(String id, String name) {
    public Municipality {
        Checks.id(id, "municipality.id");
        Checks.required(name, "municipality.name");
        Checks.line(name, "municipality.name");
    }
}
