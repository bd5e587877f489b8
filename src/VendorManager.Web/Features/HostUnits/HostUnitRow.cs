using Riok.Mapperly.Abstractions;
using VendorManager.Domain.HostUnits;

namespace VendorManager.Web.Features.HostUnits;

/// <summary>One line of the host unit list.</summary>
public sealed record HostUnitRow(int Id, string Name, string Code, HostUnitKind Kind, int Version);

// Rows and forms are deliberate subsets of the entity: only a target member without a source is a mistake.
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class HostUnitMapper
{
    /// <summary>Selects only the row's columns, in SQL.</summary>
    public static partial IQueryable<HostUnitRow> ProjectToRow(this IQueryable<HostUnit> source);

    public static partial IQueryable<HostUnitForm> ProjectToForm(this IQueryable<HostUnit> source);
}
