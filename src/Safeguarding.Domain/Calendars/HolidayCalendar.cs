namespace Safeguarding.Domain.Calendars;

/// <summary>
/// The bank holidays and working days of one UK region, from 2000 to 2099, with working-day arithmetic
/// in constant time.
/// </summary>
/// <remarks>
/// <para>A working day is Monday to Friday and not a bank or public holiday of the region (substitute days included).</para>
/// <para>Counting rules: <see cref="AddWorkingDays"/> returns the n-th working day strictly after the date
/// (n &gt; 0) or strictly before it (n &lt; 0); the date itself is never counted, whether or not it is a working
/// day. <see cref="CountWorkingDays"/> counts the working days d with from &lt; d &lt;= to (and, when to &lt; from,
/// minus those with to &lt;= d &lt; from), so that <c>CountWorkingDays(d, AddWorkingDays(d, n).Date) == n</c>.</para>
/// <para>Holidays come from the standing rules plus the one-off changes in <see cref="OneOffChanges"/>.
/// Years after <see cref="LastAnnouncedYear"/> are marked provisional in every answer that depends on them.</para>
/// <para>Instances are immutable and thread-safe. The tables are built once, on first use of each calendar.</para>
/// </remarks>
public sealed class HolidayCalendar
{
    /// <summary>The first year the calendars cover.</summary>
    public static int FirstYear => 2000;

    /// <summary>The last year the calendars cover.</summary>
    public static int LastYear => 2099;

    /// <summary>The last year of the GOV.UK list the built-in calendars were checked against (2012 to 2028).</summary>
    public static int DefaultLastAnnouncedYear => 2028;

    private static readonly LocalDate Start = new(FirstYear, 1, 1);
    private static readonly LocalDate End = new(LastYear, 12, 31);

    private static readonly Lazy<HolidayCalendar> EnglandAndWalesCalendar =
        new(() => new HolidayCalendar(HolidayRegion.EnglandAndWales, OneOffChanges.All, DefaultLastAnnouncedYear));

    private static readonly Lazy<HolidayCalendar> ScotlandCalendar =
        new(() => new HolidayCalendar(HolidayRegion.Scotland, OneOffChanges.All, DefaultLastAnnouncedYear));

    private static readonly Lazy<HolidayCalendar> NorthernIrelandCalendar =
        new(() => new HolidayCalendar(HolidayRegion.NorthernIreland, OneOffChanges.All, DefaultLastAnnouncedYear));

    // _prefix[k] = number of working days among the first k days from Start; _workingDays[j] = day index of the j-th working day.
    private readonly int[] _prefix;
    private readonly int[] _workingDays;
    private readonly HolidayYear[] _years;
    private readonly Dictionary<LocalDate, BankHoliday> _byDate;

    private HolidayCalendar(HolidayRegion region, ImmutableArray<OneOffChange> oneOffs, int lastAnnouncedYear)
    {
        Region = region;
        LastAnnouncedYear = lastAnnouncedYear;
        OneOffs = oneOffs.Where(o => o.Regions.Contains(region)).OrderBy(o => o.Date).ToImmutableArray();
        _years = new HolidayYear[LastYear - FirstYear + 1];
        _byDate = new Dictionary<LocalDate, BankHoliday>();
        for (int year = FirstYear; year <= LastYear; year++)
        {
            var holidays = BuildYear(region, year, OneOffs);
            _years[year - FirstYear] = new HolidayYear { Region = region, Year = year, Holidays = holidays, IsProvisional = year > lastAnnouncedYear };
            foreach (var holiday in holidays)
            {
                _byDate.Add(holiday.Date, holiday);
            }
        }

        int days = Period.DaysBetween(Start, End) + 1;
        _prefix = new int[days + 1];
        var working = new List<int>(days);
        for (int i = 0; i < days; i++)
        {
            var date = Start.PlusDays(i);
            bool isWorking = date.DayOfWeek < IsoDayOfWeek.Saturday && !_byDate.ContainsKey(date);
            _prefix[i + 1] = _prefix[i] + (isWorking ? 1 : 0);
            if (isWorking)
            {
                working.Add(i);
            }
        }

        _workingDays = working.ToArray();
    }

    /// <summary>England and Wales.</summary>
    public static HolidayCalendar EnglandAndWales => EnglandAndWalesCalendar.Value;

    /// <summary>Scotland.</summary>
    public static HolidayCalendar Scotland => ScotlandCalendar.Value;

    /// <summary>Northern Ireland.</summary>
    public static HolidayCalendar NorthernIreland => NorthernIrelandCalendar.Value;

    /// <summary>The region.</summary>
    public HolidayRegion Region { get; }

    /// <summary>The region's wire name: <c>england-and-wales</c>, <c>scotland</c> or <c>northern-ireland</c>.</summary>
    public string Id => RegionNames.Name(Region);

    /// <summary>
    /// The last year whose holidays are officially announced (2028 for the built-in calendars). Answers that
    /// depend on a later year are computed from the standing rules and marked provisional.
    /// </summary>
    public int LastAnnouncedYear { get; }

    /// <summary>The one-off changes applied to this region, in date order.</summary>
    public ImmutableArray<OneOffChange> OneOffs { get; }

    /// <summary>The built-in calendar of a region.</summary>
    /// <param name="region">The region.</param>
    /// <returns>Its calendar.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="region"/> is not a defined region.</exception>
    public static HolidayCalendar For(HolidayRegion region) => region switch
    {
        HolidayRegion.EnglandAndWales => EnglandAndWales,
        HolidayRegion.Scotland => Scotland,
        HolidayRegion.NorthernIreland => NorthernIreland,
        _ => throw new ArgumentOutOfRangeException(nameof(region), "Not a holiday region."),
    };

    /// <summary>
    /// The built-in calendar whose working days a jurisdiction's clocks count: England and Wales share one; Scotland and
    /// Northern Ireland have their own. This is the one place that maps a jurisdiction to a calendar.
    /// </summary>
    /// <param name="jurisdiction">The jurisdiction.</param>
    /// <returns>Its calendar (England and Wales's for a value that is not a defined jurisdiction).</returns>
    public static HolidayCalendar For(Jurisdiction jurisdiction) => For(RegionOf(jurisdiction));

    /// <summary>The region whose calendar a jurisdiction's clocks count (the rule behind <see cref="For(Jurisdiction)"/>).</summary>
    internal static HolidayRegion RegionOf(Jurisdiction jurisdiction) => jurisdiction switch
    {
        Jurisdiction.Scotland => HolidayRegion.Scotland,
        Jurisdiction.NorthernIreland => HolidayRegion.NorthernIreland,
        _ => HolidayRegion.EnglandAndWales,
    };

    /// <summary>
    /// A calendar for a region with further one-off changes (for example a proclamation made after this
    /// version of the package) and a later last announced year.
    /// </summary>
    /// <param name="region">The region.</param>
    /// <param name="additionalOneOffs">One-off changes to apply as well as the built-in ones; those for other regions are ignored.</param>
    /// <param name="lastAnnouncedYear">The last year the caller knows to be officially announced.</param>
    /// <returns>A new calendar. Building one costs about a millisecond; keep and reuse it.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lastAnnouncedYear"/> is outside the covered years.</exception>
    /// <exception cref="ArgumentException">A one-off change falls outside the covered years or on a date that is already a holiday.</exception>
    public static HolidayCalendar Create(HolidayRegion region, IEnumerable<OneOffChange> additionalOneOffs, int lastAnnouncedYear)
    {
        if (lastAnnouncedYear < FirstYear || lastAnnouncedYear > LastYear)
        {
            throw new ArgumentOutOfRangeException(nameof(lastAnnouncedYear), $"The year must be from {FirstYear} to {LastYear}.");
        }

        var extra = (additionalOneOffs ?? throw new ArgumentNullException(nameof(additionalOneOffs))).ToImmutableArray();
        if (extra.Any(o => o.Date.Year < FirstYear || o.Date.Year > LastYear))
        {
            throw new ArgumentException($"One-off changes must fall from {FirstYear} to {LastYear}.", nameof(additionalOneOffs));
        }

        try
        {
            return new HolidayCalendar(region, OneOffChanges.All.AddRange(extra), lastAnnouncedYear);
        }
        catch (ArgumentException ex)
        {
            throw new ArgumentException("A one-off change falls on a date that is already a holiday.", nameof(additionalOneOffs), ex);
        }
    }

    /// <summary>Tries to read a region's wire name.</summary>
    /// <remarks><c>england</c> and <c>wales</c> are accepted as names of <c>england-and-wales</c>: the two nations share one calendar.</remarks>
    /// <param name="id">The wire name, for example <c>scotland</c>.</param>
    /// <param name="region">The region, when found.</param>
    /// <returns>Whether the name is a region.</returns>
    public static bool TryParseRegion(string id, out HolidayRegion region) => RegionNames.TryParse(id ?? string.Empty, out region);

    /// <summary>The wire names of the regions, comma-separated, for messages.</summary>
    public static string RegionIds => RegionNames.Expected;

    /// <summary>The holidays of one year.</summary>
    /// <param name="year">The year, from 2000 to 2099.</param>
    /// <returns>The year's holidays, with whether they are provisional.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside the covered years.</exception>
    public HolidayYear HolidaysIn(int year)
    {
        if (year < FirstYear || year > LastYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), $"The calendars cover {FirstYear} to {LastYear}.");
        }

        return _years[year - FirstYear];
    }

    /// <summary>Whether a date is covered by the calendar (2000-01-01 to 2099-12-31).</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether it is covered.</returns>
    public static bool Covers(LocalDate date) => date >= Start && date <= End;

    /// <summary>Whether a date's year is after <see cref="LastAnnouncedYear"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether answers about it are provisional.</returns>
    public bool IsProvisional(LocalDate date) => date.Year > LastAnnouncedYear;

    /// <summary>The holiday on a date, if there is one.</summary>
    /// <param name="date">The date.</param>
    /// <param name="holiday">The holiday, when there is one.</param>
    /// <returns>Whether the date is a holiday of the region.</returns>
    public bool TryGetHoliday(LocalDate date, out BankHoliday holiday) => _byDate.TryGetValue(date, out holiday);

    /// <summary>Whether a date is a working day: Monday to Friday and not a holiday of the region.</summary>
    /// <param name="date">The date, from 2000-01-01 to 2099-12-31.</param>
    /// <returns>Whether it is a working day. See <see cref="IsProvisional(LocalDate)"/> for unannounced years.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is not covered.</exception>
    public bool IsWorkingDay(LocalDate date)
    {
        int i = IndexOf(date, nameof(date));
        return _prefix[i + 1] != _prefix[i];
    }

    /// <summary>The first working day strictly after a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The next working day.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date or the answer is not covered.</exception>
    public CalendarDate NextWorkingDay(LocalDate date) => AddWorkingDays(date, 1);

    /// <summary>The last working day strictly before a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The previous working day.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date or the answer is not covered.</exception>
    public CalendarDate PreviousWorkingDay(LocalDate date) => AddWorkingDays(date, -1);

    /// <summary>
    /// The n-th working day strictly after <paramref name="date"/> (n &gt; 0) or strictly before it (n &lt; 0);
    /// the date itself when n is 0. The date itself is never counted. Constant time, no allocation.
    /// </summary>
    /// <param name="date">The date counted from.</param>
    /// <param name="workingDays">How many working days to move.</param>
    /// <returns>The date reached, and whether it depends on an unannounced year.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date or the answer is not covered.</exception>
    public CalendarDate AddWorkingDays(LocalDate date, int workingDays)
    {
        int i = IndexOf(date, nameof(date));
        if (workingDays == 0)
        {
            return new CalendarDate(date, IsProvisional(date));
        }

        long ordinal = workingDays > 0 ? (long)_prefix[i + 1] + workingDays - 1 : (long)_prefix[i] + workingDays;
        if (ordinal < 0 || ordinal >= _workingDays.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(workingDays), $"The answer falls outside the covered years {FirstYear} to {LastYear}.");
        }

        var result = Start.PlusDays(_workingDays[ordinal]);
        var later = result > date ? result : date;
        return new CalendarDate(result, IsProvisional(later));
    }

    /// <summary>
    /// Like <see cref="AddWorkingDays"/>, but answers <see langword="false"/> instead of throwing when the
    /// date or the answer falls outside the covered years.
    /// </summary>
    /// <param name="date">The date counted from.</param>
    /// <param name="workingDays">How many working days to move.</param>
    /// <param name="result">The date reached, when covered.</param>
    /// <returns>Whether the date and the answer are covered.</returns>
    public bool TryAddWorkingDays(LocalDate date, int workingDays, out CalendarDate result)
    {
        result = default;
        if (!Covers(date))
        {
            return false;
        }

        int i = Period.DaysBetween(Start, date);
        long ordinal = workingDays > 0 ? (long)_prefix[i + 1] + workingDays - 1 : (long)_prefix[i] + workingDays;
        if (workingDays != 0 && (ordinal < 0 || ordinal >= _workingDays.Length))
        {
            return false;
        }

        result = AddWorkingDays(date, workingDays);
        return true;
    }

    /// <summary>
    /// The signed number of working days from <paramref name="from"/> to <paramref name="to"/>: those strictly
    /// after <paramref name="from"/> up to and including <paramref name="to"/>; when <paramref name="to"/> is
    /// earlier, minus those from <paramref name="to"/> up to but not including <paramref name="from"/>.
    /// Constant time, no allocation.
    /// </summary>
    /// <param name="from">The date counted from (not counted).</param>
    /// <param name="to">The date counted to.</param>
    /// <returns>The count, and whether it depends on an unannounced year.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A date is not covered.</exception>
    public WorkingDayCount CountWorkingDays(LocalDate from, LocalDate to)
    {
        int a = IndexOf(from, nameof(from));
        int b = IndexOf(to, nameof(to));
        int days = b >= a ? _prefix[b + 1] - _prefix[a + 1] : -(_prefix[a] - _prefix[b]);
        return new WorkingDayCount(days, IsProvisional(from > to ? from : to));
    }

    private static int IndexOf(LocalDate date, string parameter)
    {
        if (date < Start || date > End)
        {
            throw new ArgumentOutOfRangeException(parameter, $"The calendars cover {FirstYear}-01-01 to {LastYear}-12-31.");
        }

        return Period.DaysBetween(Start, date);
    }

    private static ImmutableArray<BankHoliday> BuildYear(HolidayRegion region, int year, ImmutableArray<OneOffChange> oneOffs)
    {
        var standing = StandingRules.For(region, year);
        var yearOneOffs = oneOffs.Where(o => o.Date.Year == year).ToList();
        foreach (var moved in yearOneOffs.Where(o => o.Replaces is not null))
        {
            standing.RemoveAll(h => h.Date == moved.Replaces!.Value);
        }

        var taken = new Dictionary<LocalDate, BankHoliday>();
        foreach (var (date, name) in standing.Where(h => h.Date.DayOfWeek < IsoDayOfWeek.Saturday))
        {
            taken.Add(date, new BankHoliday(date, name, isSubstitute: false, isOneOff: false));
        }

        foreach (var oneOff in yearOneOffs)
        {
            taken.Add(oneOff.Date, new BankHoliday(oneOff.Date, oneOff.Name, isSubstitute: false, isOneOff: true));
        }

        // A holiday at a weekend moves to the next weekday that is not already a holiday, in date order,
        // which gives the two-day Christmas and Scottish New Year substitutes.
        foreach (var (date, name) in standing.Where(h => h.Date.DayOfWeek >= IsoDayOfWeek.Saturday).OrderBy(h => h.Date))
        {
            var substitute = date;
            while (substitute.DayOfWeek >= IsoDayOfWeek.Saturday || taken.ContainsKey(substitute))
            {
                substitute = substitute.PlusDays(1);
            }

            taken.Add(substitute, new BankHoliday(substitute, name, isSubstitute: true, isOneOff: false));
        }

        return taken.Values.OrderBy(h => h.Date).ToImmutableArray();
    }
}
