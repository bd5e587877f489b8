using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;

namespace VendorManager.E2E.Pages;

/// <summary>
/// Every route the built web app declares (the RouteAttribute of its components, read from the assembly's
/// metadata, so a new page is walked without being listed here), less the few a walk cannot visit.
/// </summary>
public static class AppPages
{
    private const string RouteAttribute = "Microsoft.AspNetCore.Components.RouteAttribute";

    /// <summary>Routes the walk does not open, each with the reason.</summary>
    public static readonly IReadOnlyDictionary<string, string> NotWalked = new Dictionary<string, string>
    {
        ["/not-found"] = "the not-found page itself: the walk fails wherever it appears",
        ["/status/{Code:int}"] = "the status code pages re-execute with it for an error answer (404 is the not-found page)",
        ["/error"] = "shown only after an unhandled exception, which the walk fails on (its console error)",
        ["/account/signin"] = "the sign-in form, walked by every sign-in of the walk; a signed-in user is sent home from it",
    };

    public static IReadOnlyList<PageRoute> All { get; } = Read();

    private static List<PageRoute> Read()
    {
        using var stream = File.OpenRead(RepoPaths.WebAppDll);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var routes = new List<PageRoute>();
        foreach (var typeHandle in metadata.TypeDefinitions)
        {
            var type = metadata.GetTypeDefinition(typeHandle);
            foreach (var attributeHandle in type.GetCustomAttributes())
            {
                var attribute = metadata.GetCustomAttribute(attributeHandle);
                if (AttributeName(metadata, attribute) == RouteAttribute)
                {
                    var template = (string)attribute.DecodeValue(StringArguments.Instance).FixedArguments[0].Value!;
                    routes.Add(new PageRoute(template, metadata.GetString(type.Name)));
                }
            }
        }

        return [.. routes.OrderBy(r => r.HasParameters).ThenBy(r => r.Template, StringComparer.Ordinal)];
    }

    private static string? AttributeName(MetadataReader metadata, CustomAttribute attribute)
    {
        if (attribute.Constructor.Kind != HandleKind.MemberReference)
        {
            return null;
        }

        var parent = metadata.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent;
        if (parent.Kind != HandleKind.TypeReference)
        {
            return null;
        }

        var reference = metadata.GetTypeReference((TypeReferenceHandle)parent);
        return metadata.GetString(reference.Namespace) + "." + metadata.GetString(reference.Name);
    }

    /// <summary>Decodes the attribute's arguments; a route attribute has one string.</summary>
    private sealed class StringArguments : ICustomAttributeTypeProvider<Type>
    {
        public static readonly StringArguments Instance = new();

        public Type GetPrimitiveType(PrimitiveTypeCode typeCode) =>
            typeCode == PrimitiveTypeCode.String ? typeof(string) : typeof(object);

        public Type GetSystemType() => typeof(Type);

        public Type GetSZArrayType(Type elementType) => elementType.MakeArrayType();

        public Type GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => typeof(object);

        public Type GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => typeof(object);

        public Type GetTypeFromSerializedName(string name) => typeof(object);

        public PrimitiveTypeCode GetUnderlyingEnumType(Type type) => PrimitiveTypeCode.Int32;

        public bool IsSystemType(Type type) => type == typeof(Type);
    }
}

/// <summary>A route template such as <c>/contracts/{Id:int}</c> and the component that answers it.</summary>
public sealed partial record PageRoute(string Template, string Component)
{
    public bool HasParameters => Template.Contains('{', StringComparison.Ordinal);

    /// <summary>Whether <paramref name="path"/> (an address's path) is this route with its parameters filled.</summary>
    public bool Matches(string path) => Pattern.IsMatch(path);

    private Regex Pattern => field ??= new Regex(
        "^" + Parameter().Replace(Regex.Escape(Template).Replace(@"\{", "{", StringComparison.Ordinal), @"\d+") + "$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public override string ToString() => $"{Template} ({Component})";

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();
}
