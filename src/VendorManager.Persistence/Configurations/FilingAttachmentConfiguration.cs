using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VendorManager.Domain.Accounts;

namespace VendorManager.Persistence.Configurations;

internal sealed class FilingAttachmentConfiguration : IEntityTypeConfiguration<FilingAttachment>
{
    public void Configure(EntityTypeBuilder<FilingAttachment> builder)
    {
        builder.ToTable("FilingAttachments");
        builder.Property(a => a.Paper).HasConversion<string>().HasMaxLength(32);
        StoredFileColumns.ConfigureRequired(builder, a => a.File);
        builder.Property(a => a.AttachedBy).HasMaxLength(Filing.ActorMaxLength).IsRequired();
        builder.HasIndex(a => a.FilingId);
    }
}
