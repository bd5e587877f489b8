using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using VendorManager.Domain.Posts;

namespace VendorManager.Persistence.Configurations;

internal sealed class WordListVersionConfiguration : IEntityTypeConfiguration<WordListVersion>
{
    public void Configure(EntityTypeBuilder<WordListVersion> builder)
    {
        builder.Property(v => v.Change).HasConversion<string>().HasMaxLength(32);
        builder.Property(v => v.MadeBy).HasMaxLength(WordListItem.ActorMaxLength).IsRequired();
        builder.HasIndex(v => v.Number).IsUnique();
    }
}
