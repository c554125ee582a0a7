package jp.kyoseivision.model;

/** One municipality's role in an agreement direction (一関市の役割, 平泉町の役割). */
public record Role(String municipalityId, String text) {
    public Role {
        Checks.id(municipalityId, "role.municipalityId");
        Checks.required(text, "role.text");
        Checks.longText(text, "role.text");
    }
}
