using Riok.Mapperly.Abstractions;
using VendorManager.Domain.Posts;

namespace VendorManager.Web.Features.WordLists;

/// <summary>One line of the word list page: an entry, enabled or disabled, with who added and disabled it.</summary>
public sealed record WordListRow(
    int Id,
    CheckCategory Category,
    string WrongForm,
    string? RightForm,
    string? Note,
    string AddedBy,
    DateTimeOffset AddedAt,
    int AddedInVersion,
    int? DisabledInVersion,
    string? DisabledBy,
    DateTimeOffset? DisabledAt,
    int Version)
{
    public bool IsEnabled => DisabledInVersion is null;
}

/// <summary>What the list page filters by, besides the search text.</summary>
public sealed record WordListFilter(CheckCategory? Category = null, bool IncludeDisabled = false);

/// <summary>The version in force and how many entries it has enabled, which the page shows above the list.</summary>
public sealed record WordListSummary(int VersionInForce, int EnabledCount);

// Rows are deliberate subsets of the entity: only a target member without a source is a mistake.
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class WordListMapper
{
    /// <summary>Selects only the row's columns, in SQL.</summary>
    public static partial IQueryable<WordListRow> ProjectToRow(this IQueryable<WordListItem> source);
}
