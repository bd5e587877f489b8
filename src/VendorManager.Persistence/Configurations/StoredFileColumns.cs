using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VendorManager.Domain.Common;

namespace VendorManager.Persistence.Configurations;

/// <summary>The columns of a <see cref="StoredFile"/> owned by an entity, each named with the owner's prefix.</summary>
internal static class StoredFileColumns
{
    public static void Configure<TOwner, T>(OwnedNavigationBuilder<TOwner, T> scan, string prefix)
        where TOwner : class
        where T : class
    {
        scan.Property(nameof(StoredFile.StoredName)).HasColumnName(prefix + "StoredName").HasMaxLength(StoredFile.NameMaxLength);
        scan.Property(nameof(StoredFile.ContentType)).HasColumnName(prefix + "ContentType").HasMaxLength(StoredFile.ContentTypeMaxLength);
        scan.Property(nameof(StoredFile.Size)).HasColumnName(prefix + "Size");
        scan.Property(nameof(StoredFile.OriginalName)).HasColumnName(prefix + "OriginalName").HasMaxLength(StoredFile.NameMaxLength);
    }

    /// <summary>The file of a record that is there for its file (an attachment, a scan of evidence): required, its columns File….</summary>
    public static void ConfigureRequired<T>(EntityTypeBuilder<T> builder, Expression<Func<T, StoredFile?>> file)
        where T : class
    {
        builder.OwnsOne(file, owned =>
        {
            Configure(owned, "File");
            owned.WithOwner();
        });
        builder.Navigation(file).IsRequired();
    }
}
