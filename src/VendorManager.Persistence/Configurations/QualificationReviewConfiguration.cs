using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VendorManager.Domain.Agencies;

namespace VendorManager.Persistence.Configurations;

/// <summary>A child table rather than an owned collection: owned rows are not audited, and a review is a change of record.</summary>
internal sealed class QualificationReviewConfiguration : IEntityTypeConfiguration<QualificationReview>
{
    public void Configure(EntityTypeBuilder<QualificationReview> builder)
    {
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.Remark).HasMaxLength(QualificationReview.RemarkMaxLength);
        builder.Property(r => r.ReviewerName).HasMaxLength(QualificationReview.ReviewerMaxLength).IsRequired();
        builder.HasOne<Agency>().WithMany().HasForeignKey(r => r.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}
