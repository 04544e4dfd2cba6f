using System.Text.Json.Nodes;

namespace ServiceStackCompat.OpenApi;

/// <summary>The parts both documents write alike: one object schema per DTO class, and the security requirement.</summary>
internal static class SchemaDefinitions
{
    /// <summary>definitions (2.0) or components.schemas (3.1): title, camelCase properties, required list, description.</summary>
    public static JsonObject Write(ApiDescription api, SchemaWriter schemas)
    {
        var definitions = new JsonObject();
        foreach (var model in api.Definitions)
        {
            var properties = new JsonObject();
            foreach (var property in model.Properties) properties[WireNames.Property(property)] = schemas.For(property);
            var definition = new JsonObject { ["title"] = model.Name, ["type"] = "object" };
            var required = api.RequiredOf(model);
            if (required.Count > 0) definition["required"] = new JsonArray(required.Select(r => (JsonNode)JsonValue.Create(r)).ToArray());
            definition["properties"] = properties;
            var description = api.Entries.FirstOrDefault(e => e.Operation.Request == model)?.Operation.Description;
            if (description is not null) definition["description"] = description;
            definitions[WireNames.Definition(model.Type)] = definition;
        }
        return definitions;
    }

    /// <summary>
    /// Declares the security schemes (under <paramref name="schemesKey"/> of <paramref name="schemesParent"/>),
    /// requires them document-wide but for anonymous operations, and lists the tags.
    /// </summary>
    public static void AddSecurityAndTags(JsonObject document, JsonObject schemesParent, string schemesKey,
        IEnumerable<OpenApiSecurityScheme> securitySchemes, ApiDescription api)
    {
        var security = securitySchemes.ToList();
        if (security.Count > 0)
        {
            schemesParent[schemesKey] = SecuritySchemes(security);
            document["security"] = SecurityRequirements(security);
            ExemptAnonymousOperations((JsonObject)document["paths"]!, api);
        }
        document["tags"] = new JsonArray(api.Tags.Select(t => (JsonNode)new JsonObject { ["name"] = t }).ToArray());
    }

    /// <summary>The schemes' definitions, keyed by name (2.0's securityDefinitions, 3.1's components.securitySchemes).</summary>
    public static JsonObject SecuritySchemes(IEnumerable<OpenApiSecurityScheme> schemes) =>
        new(schemes.Select(s => KeyValuePair.Create(s.Name, (JsonNode?)new JsonObject
        {
            ["type"] = "apiKey", ["name"] = s.ParameterName, ["in"] = s.In, ["description"] = s.Description,
        })));

    /// <summary>Any one of the schemes satisfies an operation: one requirement object per scheme.</summary>
    public static JsonArray SecurityRequirements(IEnumerable<OpenApiSecurityScheme> schemes) =>
        new(schemes.Select(s => (JsonNode)new JsonObject { [s.Name] = new JsonArray() }).ToArray());

    /// <summary>Operations anyone may call (e.g. ping, sign-in) override the document-wide requirement with none.</summary>
    public static void ExemptAnonymousOperations(JsonObject paths, ApiDescription api)
    {
        foreach (var entry in api.Entries.Where(e => e.Operation.AllowsAnonymous))
        {
            if (paths[entry.Path]?[entry.Verb.ToLowerInvariant()] is JsonObject operation)
                operation["security"] = new JsonArray();
        }
    }

    /// <summary>Drops properties whose value is null (an absent description, summary...), which neither format allows.</summary>
    public static T WithoutNulls<T>(T node) where T : JsonNode
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Where(p => p.Value is null).Select(p => p.Key).ToList()) obj.Remove(key);
                foreach (var (_, value) in obj) WithoutNulls(value!);
                break;
            case JsonArray array:
                foreach (var item in array) if (item is not null) WithoutNulls(item);
                break;
        }
        return node;
    }
}
