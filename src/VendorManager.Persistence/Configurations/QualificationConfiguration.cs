using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VendorManager.Domain.Agencies;

namespace VendorManager.Persistence.Configurations;

internal sealed class QualificationConfiguration : IEntityTypeConfiguration<Qualification>
{
    public void Configure(EntityTypeBuilder<Qualification> builder)
    {
        builder.HasOne<Agency>().WithMany().HasForeignKey(q => q.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(q => q.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(q => q.Number).HasMaxLength(Qualification.NumberMaxLength).IsRequired();
        builder.Property(q => q.Issuer).HasMaxLength(Qualification.IssuerMaxLength).IsRequired();
        // Several scopes at once, and the contractability filter tests them with a bitwise AND in
        // SQL; a name string could not be tested that way on both providers, so these stay an integer.
        builder.Property(q => q.Scopes).HasConversion<int>();
        builder.Property(q => q.ReviewStatus).HasConversion<string>().HasMaxLength(32);
        builder.Property(q => q.FileStoredName).HasMaxLength(Qualification.FileNameMaxLength);
        builder.Property(q => q.FileContentType).HasMaxLength(Qualification.ContentTypeMaxLength);
        builder.Property(q => q.FileOriginalName).HasMaxLength(Qualification.FileNameMaxLength);
        builder.HasMany(q => q.Reviews).WithOne().HasForeignKey(r => r.QualificationId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(q => q.Reviews).HasField("_reviews").UsePropertyAccessMode(PropertyAccessMode.Field);
        // With the review status, SQLite (without statistics) seeks an agency's verified licence for the
        // agency list's "contractable today" instead of walking every verified qualification per agency.
        builder.HasIndex(q => new { q.AgencyId, q.Kind, q.ReviewStatus });
        builder.HasIndex(q => q.ValidTo);
        builder.HasIndex(q => q.ReviewStatus);
    }
}
