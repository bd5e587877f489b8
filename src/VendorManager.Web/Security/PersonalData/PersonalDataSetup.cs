using Microsoft.Extensions.Options;
using VendorManager.Domain.Common;
using VendorManager.Web.Data;

namespace VendorManager.Web.Security.PersonalData;

public static class PersonalDataSetup
{
    public static IServiceCollection AddPersonalDataProtection(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PersonalDataOptions>().Bind(configuration.GetSection(PersonalDataOptions.Section));
        services.AddSingleton(sp => LoadKeyRing(
            sp.GetRequiredService<IOptions<PersonalDataOptions>>().Value,
            configuration,
            sp.GetRequiredService<IHostEnvironment>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<PersonalDataProtector>();
        return services;
    }

    /// <summary>The full path of a file the <paramref name="setting"/> names (relative: under the content root), refused inside the data folder.</summary>
    internal static string OutsideDataFolder(string setting, string configured, IConfiguration configuration, IHostEnvironment environment)
    {
        var path = Path.GetFullPath(Path.Combine(environment.ContentRootPath, configured));
        var dataFolder = DatabaseSetup.DataDirectory(configuration, environment) + Path.DirectorySeparatorChar;
        return path.StartsWith(dataFolder, StringComparison.Ordinal)
            ? throw new InvalidOperationException(
                $"{setting} ({path}) lies inside the data folder; a backup of the database would carry it. Put it elsewhere.")
            : path;
    }

    private static PersonalDataKeyRing LoadKeyRing(
        PersonalDataOptions options, IConfiguration configuration, IHostEnvironment environment, TimeProvider clock)
    {
        var path = OutsideDataFolder("PersonalData:KeyFile", options.KeyFile, configuration, environment);

        if (!File.Exists(path))
        {
            if (!(options.CreateKeyFileIfMissing ?? environment.IsDevelopment()))
            {
                throw new InvalidOperationException(
                    $"The personal-data key file {path} does not exist. Create it (one line 'id:base64 of 32 random bytes') " +
                    "or set PersonalData:KeyFile to where it is; set PersonalData:CreateKeyFileIfMissing=true to let the app create one.");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, PersonalDataKeyRing.NewFileText(ChinaTime.Today(clock)));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        return PersonalDataKeyRing.Parse(File.ReadAllText(path));
    }
}
