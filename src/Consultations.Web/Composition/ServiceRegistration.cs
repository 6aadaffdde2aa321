using System.Text.Encodings.Web;
using System.Text.Unicode;
using Consultations.Infrastructure.Auditing;
using Consultations.Infrastructure.Coordination;
using Consultations.Infrastructure.Email;
using Consultations.Infrastructure.Files;
using Consultations.Infrastructure.Identity;
using Consultations.Infrastructure.Pdf;
using Consultations.Infrastructure.Persistence;
using Consultations.Infrastructure.Replies;
using Consultations.Web.Localization;
using Consultations.Web.Authorization;
using Consultations.Web.Background;
using Consultations.Web.Demo;
using Consultations.Web.Email;
using Consultations.Web.Features.CircularEditor;
using Consultations.Web.Features.CircularImport;
using Consultations.Web.Features.Help;
using Consultations.Web.Features.Circulars;
using Consultations.Web.Features.Outcomes;
using Consultations.Web.Features.RecordReply;
using Consultations.Web.Features.Replies;
using Consultations.Web.Features.Roster;
using Consultations.Web.Features.Shared;
using Consultations.Web.Features.Tally;
using Consultations.Web.Features.Users;
using Consultations.Web.Settings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.WebEncoders;
using Serilog;

namespace Consultations.Web.Composition;

public static class ServiceRegistration
{
    public static void AddConsultations(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        var dataDirectory = PortalOptions.ResolveDataDirectory(configuration, builder.Environment);
        Directory.CreateDirectory(dataDirectory);

        builder.AddLogging(dataDirectory);
        RateLimits.Add(services, configuration);
        Proxies.Add(services, configuration);
        TransportSecurity.Add(builder);
        Telemetry.Add(builder);
        services.Configure<PortalOptions>(configuration.GetSection("Portal"));
        if (!builder.Environment.IsDevelopment())
        {
            // E-mailed links are built from it, never from a request's Host header: refuse to start without it.
            services.AddOptions<PortalOptions>()
                .Validate(o => TransportSecurity.IsAcceptablePublicAddress(o.PublicBaseUrl), "Portal:PublicBaseUrl must be set to the portal's public https:// address outside Development (http:// only for a loopback address).")
                .ValidateOnStart();
        }
        services.PostConfigure<PortalOptions>(o => o.DataDirectory = dataDirectory);
        services.Configure<DemoOptions>(configuration.GetSection(DemoOptions.Section));
        services.TryAddSingletonTimeProvider();


        var (provider, connectionString) = AddPersistence(services, configuration, dataDirectory);
        AddIdentity(services);
        AddEmail(services, configuration, dataDirectory);
        AddWeb(services);
        AddFeatures(services, configuration);
        AddSharedState(services, configuration, dataDirectory, provider, connectionString);

        services.AddHealthChecks()
            .AddDbContextCheck<AppDbContext>("database", tags: ["ready"])
            .AddCheck<MigrationsAppliedCheck>("migrations", tags: ["ready"]);

        // On stop (a replica taken out of rotation), Kestrel lets requests in flight, submits included, finish first.
        services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(30));
    }

    /// <summary>
    /// What replicas must share: the keys that protect cookies and tokens, and the reply files (a folder of the data
    /// directory by default; the database with <c>Files:Store = Database</c>). Only one replica at a time runs the
    /// deadline watcher, under a lease.
    /// </summary>
    private static void AddSharedState(IServiceCollection services, IConfiguration configuration, string dataDirectory, DatabaseProvider provider, string connectionString)
    {
        var dataProtection = services.AddDataProtection().SetApplicationName("Consultations");
        if (provider == DatabaseProvider.SqlServer)
        {
            dataProtection.PersistKeysToDbContext<AppDbContext>();
        }
        else
        {
            // SQLite has one writer at a time: a key created (first use, or rotation every 90 days) while a request holds
            // the write transaction would wait for it and fail. SQLite replicas share one machine, so the keys live in a
            // folder beside the database file, which they share as they share the file.
            var databaseFile = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(databaseFile))!, "keys")));
        }

        var store = configuration["Files:Store"] ?? FileStores.Folder;
        if (string.Equals(store, FileStores.Database, StringComparison.OrdinalIgnoreCase))
        {
            services.AddScoped<IFileStorage, DatabaseFileStorage>();
        }
        else if (string.Equals(store, FileStores.Folder, StringComparison.OrdinalIgnoreCase))
        {
            services.AddSingleton<IFileStorage>(new FolderFileStorage(Path.Combine(dataDirectory, "attachments")));
        }
        else
        {
            throw new InvalidOperationException($"Files:Store is '{store}'; it must be {FileStores.Folder} or {FileStores.Database}.");
        }

        services.AddScoped<AttachmentStore>();
        services.AddScoped<Leases>();
    }

    private static void TryAddSingletonTimeProvider(this IServiceCollection services)
    {
        if (!services.Any(s => s.ServiceType == typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }

    private static (DatabaseProvider Provider, string ConnectionString) AddPersistence(IServiceCollection services, IConfiguration configuration, string dataDirectory)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = options.Provider == DatabaseProvider.SqlServer
            ? configuration.GetConnectionString("SqlServer")
                ?? throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:SqlServer is not set.")
            : configuration.GetConnectionString("Sqlite") ?? DatabaseSetup.SqliteConnectionString(dataDirectory);

        services.AddDbContext<AppDbContext>(db => DatabaseSetup.Configure(db, options.Provider, connectionString));
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<AuditLog>();
        services.AddScoped<UnitOfWork>();
        services.AddScoped<IActor, HttpActor>();
        services.AddHttpContextAccessor();
        return (options.Provider, connectionString);
    }

    private static void AddIdentity(IServiceCollection services)
    {
        services.Configure<InvitationTokenProviderOptions>(_ => { });
        services
            .AddIdentity<ApplicationUser, IdentityRole>(options =>
            {
                options.SignIn.RequireConfirmedAccount = false;
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 12;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.Tokens.ProviderMap[InvitationTokenProvider.ProviderName] =
                    new TokenProviderDescriptor(typeof(InvitationTokenProvider));
                options.Tokens.ProviderMap[OneTimeAuthenticatorTokenProvider.ProviderName] =
                    new TokenProviderDescriptor(typeof(OneTimeAuthenticatorTokenProvider));
                options.Tokens.AuthenticatorTokenProvider = OneTimeAuthenticatorTokenProvider.ProviderName;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddSignInManager<UniformSignInManager>()
            .AddClaimsPrincipalFactory<PortalClaimsPrincipalFactory>();
        services.AddTransient<InvitationTokenProvider>();
        services.AddTransient<OneTimeAuthenticatorTokenProvider>();
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromHours(3));

        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/account/sign-in";
            options.LogoutPath = "/account/sign-out";
            options.AccessDeniedPath = "/account/access-denied";
            options.Cookie.Name = "consultations.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.Events.OnValidatePrincipal = SessionRevocation.ValidateAsync;

            // A signed-in user without the right gets a real 403 (shown by the friendly error page), not a redirect.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        services.AddAuthorization(Policies.Register);
        services.AddAuthentication()
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, Features.Api.ApiTokenAuthentication>(Features.Api.ApiTokenAuthentication.SchemeName, null);
        services.AddScoped<IAuthorizationHandler, DelegateReadyHandler>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, TwoFactorEnrolmentRedirect>();
    }

    private static void AddEmail(IServiceCollection services, IConfiguration configuration, string dataDirectory)
    {
        services.Configure<EmailOptions>(configuration.GetSection(EmailOptions.Section));
        services.PostConfigure<EmailOptions>(o =>
        {
            if (!Path.IsPathRooted(o.PickupDirectory))
            {
                o.PickupDirectory = Path.Combine(dataDirectory, o.PickupDirectory);
            }
        });
        var smtpHost = configuration[$"{EmailOptions.Section}:{nameof(EmailOptions.SmtpHost)}"];
        if (string.IsNullOrWhiteSpace(smtpHost))
        {
            services.AddSingleton<IMailTransport, PickupDirectoryMailTransport>();
        }
        else
        {
            services.AddSingleton<IMailTransport, SmtpMailTransport>();
        }

        services.AddScoped<EmailOutbox>();
        services.AddScoped<OutboxProcessor>();
        if (configuration.GetValue("Email:DispatcherEnabled", true))
        {
            services.AddHostedService<OutboxDispatcher>();
        }

        services.AddScoped<AccountMail>();
    }

    private static void AddFeatures(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<PeopleDirectory>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<MemberStateChoices>();
        services.AddScoped<RosterService>();
        services.AddScoped<DemoSeeder>();
        services.AddScoped<DemoCirculars>();
        services.AddScoped<PortalLinks>();
        services.AddScoped<CircularMail>();
        services.AddScoped<CircularEditing>();
        services.AddScoped<CircularPublishing>();
        services.AddScoped<CircularQueries>();
        services.AddScoped<Features.Documents.CircularDocuments>();
        services.AddScoped<Features.Calendar.CalendarFeeds>();
        services.AddScoped<Features.Api.ApiTokens>();
        services.AddScoped<Features.Api.ApiReplies>();
        services.AddOpenApi("v1", Features.Api.ApiDocument.Configure);
        services.AddScoped<Features.Calendar.DeadlineCalendar>();
        services.AddScoped<CircularImporter>();
        services.AddSingleton<IPdfRenderer, PdfSharpRenderer>();
        services.AddScoped<ReceiptBuilder>();
        services.AddScoped<ReceiptPdfs>();
        services.AddScoped<IOutboxAttachmentRenderer, ReceiptAttachmentRenderer>();
        services.AddScoped<ReplyMail>();
        services.AddScoped<ReplyWorkspace>();
        services.AddScoped<SavingTheForm>();
        services.AddScoped<AttachmentSweep>();
        services.AddScoped<ReplyRecording>();
        services.AddMemoryCache(options => options.SizeLimit = 20_000);
        services.AddScoped<CircularSnapshots>();
        services.AddScoped<RosterSnapshots>();
        services.AddScoped<LiveTally>();
        services.AddScoped<FinalTallies>();
        services.AddScoped<TallyReading>();
        services.AddScoped<TallyWords>();
        services.AddScoped<OutcomeWords>();
        services.AddScoped<ChannelWords>();
        services.AddScoped<FinalTallyReasons>();
        services.AddScoped<ImportWarningWords>();
        services.AddSingleton<UserGuides>();
        services.AddScoped<TallyExports>();
        services.AddScoped<OutcomeRecording>();
        services.AddScoped<OverdueNotifications>();
        services.AddScoped<Features.Home.LanguagePreference>();
        services.AddScoped<DeadlineTasks>();
        services.AddScoped<DeadlineMail>();
        if (configuration.GetValue("Tally:WatcherEnabled", true))
        {
            services.AddHostedService<DeadlineWatcher>();
        }
        services.AddScoped<FirstAdministrator>();
    }

    private static void AddWeb(IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddSingleton<IStringLocalizer<SharedResource>, BidiIsolatingLocalizer>();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture(SupportedCultures.Default);
            options.SupportedCultures = [.. SupportedCultures.All];
            options.SupportedUICultures = [.. SupportedCultures.All];
            options.RequestCultureProviders =
            [
                new CookieRequestCultureProvider(),
                new ProfileRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });

        services
            .AddControllersWithViews(options => options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute()))
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)))
            .AddRazorOptions(o => o.ViewLocationExpanders.Add(new FeatureViewLocationExpander()));
        services.AddAntiforgery(o => o.Cookie.Name = "consultations.antiforgery");

        // The model binder's own messages (a letter in a number field, say) in the reader's language too.
        services.AddOptions<MvcOptions>().Configure<IStringLocalizerFactory>((options, factory) =>
        {
            var localizer = factory.Create(typeof(SharedResource));
            var messages = options.ModelBindingMessageProvider;
            messages.SetAttemptedValueIsInvalidAccessor((value, field) => localizer["'{0}' is not valid for {1}.", value, field]);
            messages.SetValueIsInvalidAccessor(value => localizer["'{0}' is not valid.", value]);
            messages.SetValueMustBeANumberAccessor(field => localizer["{0} must be a number.", field]);
            messages.SetValueMustNotBeNullAccessor(field => localizer["Enter a value for {0}.", field]);
            messages.SetMissingBindRequiredValueAccessor(field => localizer["Enter a value for {0}.", field]);
            messages.SetUnknownValueIsInvalidAccessor(field => localizer["The value given for {0} is not valid.", field]);
        });

        // Pages carry French, Chinese and other scripts as characters, not as numeric entities.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
    }

    private static void AddLogging(this WebApplicationBuilder builder, string dataDirectory)
    {
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {CorrelationId}{NewLine}{Exception}")
            .WriteTo.File(
                Path.Combine(dataDirectory, "logs", "portal-.log"),
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 30,
                outputTemplate: "{Timestamp:o} [{Level:u3}] {CorrelationId} {TraceId} {Message:lj}{NewLine}{Exception}"));
    }
}
